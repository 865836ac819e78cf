package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void eachBlockIsOneParagraphAndInlineMarkupStaysInIt() {
        HtmlText.Page page = HtmlText.read("<html><head><title>标题页</title></head><body>"
                + "<div><p>第一段,<strong>加粗</strong>的文字。</p><p>第二段<br>换行后的文字。</p></div>"
                + "<table><tr><td>表格单元</td></tr></table></body></html>", "");
        assertThat(page.title()).isEqualTo("标题页");
        assertThat(page.text().strip()).isEqualTo("第一段,加粗的文字。\n第二段\n换行后的文字。\n表格单元");
    }

    @Test
    void navigationSharingAndFooterBlocksAreDropped() {
        HtmlText.Page page = HtmlText.read("<html><body>"
                + "<header>站点标志</header><nav>导航一 导航二</nav>"
                + "<div id=\"breadcrumb\">首页 政务公开</div><div class=\"left-menu\">栏目列表</div>"
                + "<div class=\"content\"><p>正文第一段的内容比较长,讲述了过去一年的主要工作和取得的成绩。</p>"
                + "<p>正文第二段的内容同样比较长,讲述了今年的主要目标任务和重点工作安排。</p></div>"
                + "<div class=\"share-bar\">分享 微博 微信</div><aside>热点专题</aside>"
                + "<div class=\"copyright\">某某市人民政府</div><footer>网站底部</footer>"
                + "<script>document.write('脚本')</script></body></html>", "");
        assertThat(page.text().strip()).isEqualTo("正文第一段的内容比较长,讲述了过去一年的主要工作和取得的成绩。\n"
                + "正文第二段的内容同样比较长,讲述了今年的主要目标任务和重点工作安排。");
    }

    @Test
    void headerInsideTheArticleKeepsTheTitle() {
        HtmlText.Page page = HtmlText.read("<html><body><header>站点标志</header><article><header><h1>2024年某区政府工作报告</h1>"
                + "</header><p>正文。</p></article></body></html>", "");
        assertThat(page.text().strip()).isEqualTo("2024年某区政府工作报告\n正文。");
    }

    @Test
    void wrapperWithChromeLikeClassHoldingTheContentIsKept() {
        HtmlText.Page page = HtmlText.read("<html><body><div class=\"page-with-nav\"><p>正文第一段的内容。</p>"
                + "<p>正文第二段的内容。</p></div><div class=\"nav\">导航</div></body></html>", "");
        assertThat(page.text().strip()).isEqualTo("正文第一段的内容。\n正文第二段的内容。");
    }

    @Test
    void blocksMadeOfLinksAreDroppedButALinkedTitleStays() {
        HtmlText.Page page = HtmlText.read("<html><body><div class=\"title\"><a href=\"/a\">2024年某区政府工作报告</a></div>"
                + "<p>正文第一段的内容比较长,讲述了过去一年的主要工作和取得的成绩。</p>"
                + "<ul><li><a href=\"/1\">区政府召开常务会议</a></li><li><a href=\"/2\">区长调研重点项目</a></li>"
                + "<li><a href=\"/3\">全区安全生产工作会议召开</a></li></ul></body></html>", "");
        assertThat(page.text().strip())
                .isEqualTo("2024年某区政府工作报告\n正文第一段的内容比较长,讲述了过去一年的主要工作和取得的成绩。");
    }

    @Test
    void hiddenBlocksAreDropped() {
        HtmlText.Page page = HtmlText.read("<html><body><div style=\"display: none\">分享弹窗模板文字</div>"
                + "<p>正文第一段的内容比较长,讲述了过去一年的主要工作和取得的成绩。</p>"
                + "<div hidden>隐藏的菜单</div></body></html>", "");
        assertThat(page.text().strip()).isEqualTo("正文第一段的内容比较长,讲述了过去一年的主要工作和取得的成绩。");
    }
}
