package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chrome lines as other government and reprint sites print them, and body lines that merely resemble them. */
class BoilerplateLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "当前位置:首页 > 政务公开 > 规划计划",
            "您的位置: 首页 » 信息公开 » 政府工作报告",
            "网站首页 > 政务公开 > 政府文件 > 政府工作报告",
            "主办:某市人民政府办公室 浙ICP备12345678号",
            "京公网安备 11010502030001号",
            "承办单位:某县信息中心 联系电话:0571-12345678",
            "Copyright 2024 某市人民政府 版权所有",
            "发布时间:2024-01-20 来源:市政府办公室 浏览次数:1024",
            "信息来源: 县政府办 发布日期: 2023-02-01",
            "来源:某某日报",
            "责任编辑:张三",
            "【打印本页】【关闭窗口】",
            "分享到:",
            "扫一扫在手机打开当前页",
            "字号:大 中 小",
            "上一篇:市政府召开常务会议",
            "某某发布 2024-01-05",
            "WWW.EXAMPLE.COM —— 公文写作范文",
            "2024年某市政府工作报告(全文)(第1/3页)",
            "推荐阅读",
            "相关新闻:",
            "阅读 3021",
            "3 天前 ·",
            "88213",
            "地址:某市某区人民路1号 邮编:310000",
            "建议使用1280*800分辨率浏览本站",
            "- END -",
            "长按识别二维码关注我们",
            "编辑 | 张三",
            "▼ 往期推荐 ▼",
            "主办:某市人民政府办公厅 承办:某市大数据中心",
            "(责编:张三、李四)",
            "2023-01-16 10:20:35 来源:某某网",
            "2023年01月16日 10:20 某某日报",
            "阅读 10万+",
            "上一页 1 2 3 下一页",
            "展开全文",
            "【纠错】",
            "相关附件:",
            "喜欢此内容的人还喜欢",
    })
    void chromeLinesAreBoilerplate(String line) {
        assertThat(BoilerplateLines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "政府工作报告",
            "——2024年1月16日在某市第十五届人民代表大会第二次会议上",
            "各位代表:",
            "一、2022年前三季度经济运行情况",
            "(三)坚持创新驱动,加快建设现代化产业体系",
            "加强知识产权保护,完善版权登记和来源追溯制度,严厉打击侵权行为,全年查处案件一百二十起,发布典型案例十个。"
                    + "推进知识产权证券化,拓宽企业融资渠道。",
            "有关名词解释",
            "(五)加强知识产权和版权保护",
            "推广使用电子健康码二维码,实现一码通行。",
            "7. 高分辨率对地观测系统: 指以卫星遥感为主的对地观测体系。",
            "来源追溯体系基本建成。",
            "2023年1月12日",
            "阅读推广活动覆盖全区中小学。",
            "1. “双区”驱动: 指粤港澳大湾区和先行示范区驱动。",
    })
    void reportLinesAreNotBoilerplate(String line) {
        assertThat(BoilerplateLines.isBoilerplate(line)).isFalse();
    }
}
