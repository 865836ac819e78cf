package org.govreportkg.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the lines web publishing adds around a report: site footers, breadcrumbs, article
 * metadata, share prompts, reprint headers. Each pattern describes a kind of line seen across
 * government and reprint sites, not a particular site. Most apply only to short lines, since a
 * report's own paragraphs are long and a stray word like 来源 inside one must not condemn it.
 */
final class BoilerplateLines {

    /** Chrome lines are short; report paragraphs rarely are, so pattern hits in long lines are ignored. */
    private static final int SHORT = 120;

    /** Kinds of line that are chrome wherever they appear and however long they are. */
    private static final List<Pattern> ANY_LENGTH = List.of(
            // Filing numbers in site footers: 粤ICP备12345678号, 粤公网安备44000000000001号, 网站标识码
            Pattern.compile("ICP\\s*[备证]|公网安备|网站标识码"),
            Pattern.compile("^(主办|承办|协办|建设|维护|运维|管理)(单位)?\\s*[::]"),
            Pattern.compile("网站地图\\s*[|丨]|[|丨]\\s*网站地图"));

    /** Kinds of line that are chrome when short. */
    private static final List<Pattern> SHORT_ONLY = List.of(
            // Breadcrumbs: 首页 > 政务公开 > 政府工作报告, 当前位置: …
            Pattern.compile("^(首页|主页|网站首页|当前位置|您的位置|您现在的位置|您当前的位置|所在位置)\\s*[::>›»>→/]"),
            Pattern.compile("^([^>›»>]{1,15}\\s*[>›»>]\\s*){2,}[^>›»>]{1,30}$"),
            // Article metadata: 信息来源:… 发布时间:…, 信息提供日期 : … 信息索引号 : …, 来源:/记者:/运营: credits
            Pattern.compile("^[((【\\[]?(信息来源|来源|文章来源|稿件来源|发布时间|发布日期|发布机构|信息提供日期|更新时间|时间|日期"
                    + "|作者|编辑|责任编辑|责编|主编|记者|运营|校对|审核|审校|摄影|图片|通讯员|供稿|出处|浏览次数|阅读次数"
                    + "|点击数|点击量|访问量|字号|字体|索引号|信息索引号|主题分类|发文机关|成文日期|文号)\\s*[::]"),
            Pattern.compile("信息索引号|(信息来源|发布时间|发布日期)\\s*[::]"),
            // Reading counters and template-site article stats: 共计12345个字,预计阅读时长40分钟
            Pattern.compile("预计阅读时长|共计\\s*\\d+\\s*个?字"
                    + "|^(阅读|浏览|点击|阅读量|浏览量|点赞|在看|收藏|评论|留言|赞)\\s*[::]?\\s*[\\d.]*[万wW]?\\+?$"),
            // A news page's dateline row: 2023-01-16 10:20:35 来源:…, 2023年01月16日 10:20 …
            Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}(\\s|$)|^\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}:\\d{2}"),
            // Pagination, document-site download prompts, "read the full text" folds, correction links
            Pattern.compile("上一页|下一页|^尾页$|下载文档|立即下载|下载APP|下载客户端|打开APP|APP内打开|展开(阅读)?全文|点击查看全文"
                    + "|^【?\\s*纠错\\s*】?|^(相关附件|附件下载)\\s*[::]?"),
            // Share and page-tool prompts
            Pattern.compile("微信扫码|扫一扫|扫码关注|分享到|分享至|一键分享|加入收藏|收藏本站|设为首页|打印本页|关闭窗口|返回顶部"
                    + "|【\\s*(打印|关闭|字体|字号|大|收藏)|字号\\s*[::]?\\s*[大中小]\\s*[大中小]|^(分享|打印|关闭|收藏|返回)$|分享给朋友|分享让更多人看到"),
            Pattern.compile("网站地图|网站导航|关于我们|隐私声明|免责声明"),
            Pattern.compile("^(上一篇|下一篇|上一条|下一条|相关链接|友情链接)\\s*[::]?"),
            // Site footers: contact and support lines, browser advice
            Pattern.compile("^(地址|邮编|电话|传真|联系电话|联系方式|联系我们|电子邮箱|邮箱|E-?mail|技术支持|备案号|备案序号|网站备案"
                    + "|政府网站标识码)\\s*[::]|(建议|最佳).{0,20}(分辨率|浏览器)|(分辨率|浏览器).{0,20}(浏览|访问)"),
            // WeChat article tails: END marks, QR-code prompts, pipe-separated credits (编辑 | 张三)
            Pattern.compile("(?i)^[-—\\s]*end[-—\\s]*$|(扫描|识别|扫|长按).{0,6}二维码|二维码.{0,6}(关注|下载|分享|阅读)"
                    + "|关注我们|点个?在看|点击.{0,6}阅读原文"
                    + "|^(编辑|审核|校对|排版|责编|文|图|来源|作者|监制|出品|策划|统筹|视频|摄影)\\s*[|丨/]"),
            // Copyright and takedown notices
            Pattern.compile("版权所有|版权声明|版权归.{0,20}所有|Copyright|©|如有侵权|侵权.{0,6}删除"),
            // WeChat article chrome, and the account-name-plus-date line under its headline
            Pattern.compile("^(查看原文|阅读原文|其他|原创|知道了|取消|允许|继续访问|轻触阅读原文|向上滑动看下一个"
                    + "|微信扫一扫关注该公众号|微信扫一扫可打开此内容,使用完整服务|预览时标签不可点)$"),
            Pattern.compile("^.{1,30}\\s+\\d{4}-\\d{1,2}-\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$"),
            Pattern.compile("文章有问题|未经处理的缓存|以下帖子感兴趣"),
            // Reprint and snapshot sites: a site domain as header, feed items aged "11 月前", snapshot tools
            Pattern.compile("(?i)\\b[a-z0-9-]+\\.(com|cn|net|org|cc|info|top|vip)\\b"),
            Pattern.compile("(^|\\D)\\d{1,2}\\s*(秒|分钟|小时|天|周|个月|月|年)前\\s*([·|]|$)"),
            Pattern.compile("快照|添加链接"),
            // A reprint's page headline (…工作报告(全文)(第2/2页), …报告全文发布) is the reprinter's, not the report's
            Pattern.compile("第\\s*\\d+\\s*/\\s*\\d+\\s*页|[((]全文[))]|全文发布|全文来了"),
            // Bare numbers: page counters, visit counts, pagination
            Pattern.compile("^[\\d\\s.,:/-]+$"));

    /** A heading after which a page lists other articles; nothing after it belongs to the report. */
    private static final Pattern RECOMMENDATIONS = Pattern.compile(
            "^[\\p{P}\\p{S}\\s]*(推荐阅读|相关阅读|延伸阅读|相关文章|相关新闻|相关推荐|相关文章推荐|往期回顾|往期推荐|往期精彩|热门推荐|热门文章"
                    + "|猜你喜欢|精彩推荐|更多阅读|更多精彩|您可能也对以下帖子感兴趣|喜欢此内容的人还喜欢)[\\p{P}\\p{S}\\s]*$");

    private BoilerplateLines() {
    }

    static boolean isBoilerplate(String line) {
        if (isRecommendationHeading(line)) {
            return true;
        }
        for (Pattern p : ANY_LENGTH) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        if (line.length() > SHORT) {
            return false;
        }
        for (Pattern p : SHORT_ONLY) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isRecommendationHeading(String line) {
        return RECOMMENDATIONS.matcher(line).matches();
    }
}
