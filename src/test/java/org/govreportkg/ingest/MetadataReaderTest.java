package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Heading forms seen on other governments' reports. */
class MetadataReaderTest {

    private static final String BODY = "现在,我代表本届政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。";

    private static ReportMetadata read(String text, String... pageTitle) {
        List<String> lines = Boilerplate.lines(text);
        Boilerplate.Body body = Boilerplate.strip(lines);
        List<String> raw = new java.util.ArrayList<>(List.of(pageTitle));
        raw.addAll(lines);
        return MetadataReader.read(body, raw);
    }

    @Test
    void dateInChineseNumeralsIsRead() {
        ReportMetadata m = read("政府工作报告\n——二〇二四年一月十六日在某某市第十六届人民代表大会第三次会议上\n各位代表:\n" + BODY);
        assertThat(m.delivered()).contains(LocalDate.of(2024, 1, 16));
        assertThat(m.year()).contains(2024);
        assertThat(m.session()).contains("某某市第十六届人民代表大会第三次会议");
    }

    @Test
    void paddedTwoCharacterNameAndActingRole() {
        ReportMetadata m = read("政府工作报告\n(2022年1月5日在某某县第十八届人民代表大会第一次会议上)\n某某县人民政府代县长 李　明\n各位代表:\n" + BODY);
        assertThat(m.speaker()).contains("李明");
        assertThat(m.speakerRole()).contains("代县长");
        assertThat(m.delivered()).contains(LocalDate.of(2022, 1, 5));
        assertThat(m.issuingBody()).contains("某某县人民政府");
    }

    @Test
    void aByLineNamingThePlaceAndItsHeadGivesThatPlacesGovernment() {
        ReportMetadata m = read("政 府 工 作 报 告\n—— 2024年1月18日在县十九届人大三次会议上\n某某县县长 李明\n各位代表:\n" + BODY);
        assertThat(m.speakerRole()).contains("县长");
        assertThat(m.issuingBody()).contains("某某县人民政府");
        // a deputy (某某县副县长) does not deliver the report: the by-line gives no government
        ReportMetadata other = read("政 府 工 作 报 告\n某某县副县长 李明\n各位代表:\n" + BODY);
        assertThat(other.issuingBody()).isEmpty();
    }

    @Test
    void districtOfACityKeepsBothPlacesInTheIssuingBody() {
        ReportMetadata m = read("2021年某某市某某区政府工作报告\n各位代表:\n" + BODY);
        assertThat(m.title()).contains("2021年某某市某某区政府工作报告");
        assertThat(m.issuingBody()).contains("某某市某某区人民政府");
        assertThat(m.year()).contains(2021);
    }

    @Test
    void pageTitleSuppliesWhatAHeadlessPageLacks() {
        ReportMetadata m = read("(三)加快建设现代化产业体系。坚持把发展经济的着力点放在实体经济上,推进新型工业化。\n" + BODY,
                "2019年某某市人民政府工作报告(全文)_某某新闻网");
        assertThat(m.title()).contains("2019年某某市人民政府工作报告");
        assertThat(m.year()).contains(2019);
        assertThat(m.issuingBody()).contains("某某市人民政府");
        assertThat(m.speaker()).isEmpty();
    }

    @Test
    void aTownsTitleNamesItsGovernment() {
        ReportMetadata m = read("2019年某某市某某镇政府工作报告\n各位代表:现在,我代表镇人民政府,向大会作工作报告,请予审议。\n" + BODY);
        assertThat(m.issuingBody()).contains("某某市某某镇人民政府");
    }

    @Test
    void theTitlePlacesTheTownTheOpeningNamesInItsDistrict() {
        ReportMetadata m = read("2020年某某区某某镇政府工作报告\n各位代表:现在,我代表某某镇人民政府向大会报告工作,请予审议。\n" + BODY);
        assertThat(m.issuingBody()).contains("某某区某某镇人民政府");
    }

    @Test
    void aYearBetweenThePlaceAndTheGovernmentStillNamesTheIssuingBody() {
        ReportMetadata m = read("某某县2023年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n" + BODY);
        assertThat(m.issuingBody()).contains("某某县人民政府");
        assertThat(m.year()).contains(2023);
    }

    @Test
    void aTraditionalScriptTitleNamesTheIssuingBodyAsWritten() {
        ReportMetadata m = read("某某市人民政府工作報告\n市長 李明\n各位代表:\n現在,我代表市人民政府,向大會報告工作,請予審議。\n" + BODY);
        assertThat(m.title()).contains("某某市人民政府工作報告");
        assertThat(m.issuingBody()).contains("某某市人民政府");
        assertThat(m.speaker()).contains("李明");
        assertThat(m.speakerRole()).contains("市长");
    }

    @Test
    void anExcerptKeepsItsTitleAboveAnUnnumberedSectionHeading() {
        List<String> lines = Boilerplate.lines("某某市人民政府2020年政府工作報告(摘要)\n2019年高質量發展邁出堅實步伐\n"
                + "過去一年,全市地區生產總值增長百分之六,一般公共預算收入穩步增長,重點項目建設取得明顯成效。");
        Boilerplate.Body body = Boilerplate.strip(lines);
        assertThat(body.lines()).startsWith("某某市人民政府2020年政府工作報告(摘要)", "2019年高質量發展邁出堅實步伐");
        assertThat(MetadataReader.read(body, lines).issuingBody()).contains("某某市人民政府");
    }

    @Test
    void anExcerptKeepsItsTitleAndTheSectionHeadingAboveItsFirstParagraph() {
        List<String> lines = Boilerplate.lines("首页 > 政务公开\n某某省人民政府工作报告\n(一)全方位扩大内需,稳住经济大盘。\n"
                + "做实项目支撑扩大有效投资。持续开展项目攻坚行动,抓紧谋划储备交通、能源、水利等重大基础设施项目,推动一批项目开工建设。");
        Boilerplate.Body body = Boilerplate.strip(lines);
        assertThat(body.lines()).containsExactly("某某省人民政府工作报告", "(一)全方位扩大内需,稳住经济大盘。",
                "做实项目支撑扩大有效投资。持续开展项目攻坚行动,抓紧谋划储备交通、能源、水利等重大基础设施项目,推动一批项目开工建设。");
        assertThat(MetadataReader.read(body, lines).issuingBody()).contains("某某省人民政府");
    }
}
