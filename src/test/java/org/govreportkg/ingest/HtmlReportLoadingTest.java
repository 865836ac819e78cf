package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report pages and text files in the encodings Chinese government sites use. */
class HtmlReportLoadingTest {

    private static final String EXPECTED_TEXT = """
            2024年临江区政府工作报告
            ——2024年1月16日在临江区第三届人民代表大会第四次会议上
            区人民政府区长 张明远
            各位代表:
            现在,我代表临江区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。
            一、2023年工作回顾
            过去一年,我们坚持稳中求进工作总基调,全区地区生产总值增长6.1%,一般公共预算收入增长5.3%,城乡居民收入稳步提高。
            产业发展提质增效。新引进先进制造业项目二十个,建成滨江科技园一期,培育国家高新技术企业一百余家。
            城市品质持续提升。完成老旧小区改造三十个,新建口袋公园十二个,江滨绿道全线贯通。
            二、2024年主要工作
            今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业一万人以上,居民收入增长与经济增长基本同步。
            各位代表!新的征程已经开启,让我们团结一心、真抓实干,为建设美丽幸福临江而努力奋斗!""";

    private final ReportLoader loader = new ReportLoader();

    static URI fixture(String name) {
        try {
            return HtmlReportLoadingTest.class.getResource("/ingest/" + name).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reportPageKeepsOnlyTheReportParagraphs() throws IngestException {
        CleanReport report = loader.load(fixture("report-page.html"));
        assertThat(report.text()).isEqualTo(EXPECTED_TEXT);
        assertThat(report.docId()).isEqualTo("report-page");
    }

    @Test
    void reportPageMetadata() throws IngestException {
        ReportMetadata m = loader.load(fixture("report-page.html")).metadata();
        assertThat(m.title()).contains("2024年临江区政府工作报告");
        assertThat(m.issuingBody()).contains("临江区人民政府");
        assertThat(m.year()).contains(2024);
        assertThat(m.delivered()).contains(LocalDate.of(2024, 1, 16));
        assertThat(m.speaker()).contains("张明远");
        assertThat(m.speakerRole()).contains("区长");
        assertThat(m.session()).contains("临江区第三届人民代表大会第四次会议");
    }

    @Test
    void gbkPageDeclaringGb2312ReadsTheSameAsTheUtf8Page() throws IngestException {
        assertThat(loader.load(fixture("report-page-gb2312.html")).text()).isEqualTo(EXPECTED_TEXT);
    }

    @Test
    void gbkPageWithoutAnyDeclarationIsDetected() throws IngestException {
        assertThat(loader.load(fixture("report-page-gbk-undeclared.html")).text()).isEqualTo(EXPECTED_TEXT);
    }

    @Test
    void utf8TextWithBomLosesTheBom() throws IngestException {
        CleanReport report = loader.load(fixture("report-bom.txt"));
        assertThat(report.text()).startsWith("2024年临江区政府工作报告\n——2024年1月16日");
        assertThat(report.metadata().speaker()).contains("张明远");
    }

    @Test
    void undeclaredGb18030TextIsDetected() throws IngestException {
        CleanReport report = loader.load(fixture("report-gb18030.txt"));
        assertThat(report.text()).isEqualTo(loader.load(fixture("report-bom.txt")).text());
        assertThat(report.text()).contains("为建设美丽幸福临江而努力奋斗!");
    }

    @Test
    void missingFileIsAnErrorNamingIt(@TempDir Path dir) {
        URI missing = dir.resolve("absent.txt").toUri();
        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");
    }

    @Test
    void emptyFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> loader.load(empty.toUri()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(empty.toUri().toString())
                .hasMessageContaining("empty");
    }

    @Test
    void pageWithoutReportTextIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("notfound.html");
        Files.writeString(page, "<html><head><title>404</title></head><body><nav>首页 政务公开</nav>"
                + "<p>您访问的页面不存在或已被删除。</p><footer>版权所有 临江区人民政府</footer></body></html>",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load(page.toUri()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(page.toUri().toString())
                .hasMessageContaining("does not look like a report");
    }

    @Test
    void unsupportedSchemeIsAnErrorNamingTheSource() {
        URI ftp = URI.create("ftp://example.org/report.txt");
        assertThatThrownBy(() -> loader.load(ftp))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("ftp://example.org/report.txt");
    }
}
