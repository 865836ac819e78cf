package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The five default-corpus pages, copied from the web with their site chrome, load as clean reports. */
class CorpusCleaningTest {

    private static final ReportLoader LOADER = new ReportLoader();

    private static CleanReport load(String docId) throws IngestException {
        return LOADER.load(Path.of("data", docId + ".txt").toAbsolutePath().toUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"futian-2019", "longgang-2023", "pingshan-2018", "shenzhen-2020-part2", "shenzhen-2023"})
    void siteBoilerplateIsRemoved(String docId) throws IngestException {
        String text = load(docId).text();
        assertThat(text).doesNotContain("粤ICP备", "公网安备", "推荐阅读", "微信扫码", "信息索引号", "首页 >", "链接快照",
                "SUCAI198", "网站地图", "查看原文", "预计阅读时长", "版权");
    }

    @ParameterizedTest
    @ValueSource(strings = {"futian-2019", "longgang-2023", "pingshan-2018", "shenzhen-2020-part2", "shenzhen-2023"})
    void cleaningCleanTextChangesNothing(String docId) throws IngestException {
        String text = load(docId).text();
        assertThat(Boilerplate.strip(Boilerplate.lines(text)).text()).isEqualTo(text);
    }

    static Stream<Arguments> bodyEnds() {
        return Stream.of(
                Arguments.of("futian-2019", "福田区委区政府2019年主要工作\n刚刚启幕的2019年,是新中国成立70周年,",
                        "深挖黑恶势力“保护伞”。"),
                Arguments.of("longgang-2023", "政府工作报告\n——2023年1月12日在龙岗区\n第七届人民代表大会第三次会议上\n",
                        "“111”指111个社区智慧平安服务中心。"),
                Arguments.of("pingshan-2018", "2018年坪山区政府工作报告\n——2018年1月25日在深圳市坪山区第一届人民代表大会第二次会议上\n",
                        "迈进的新征程中贡献坪山力量!"),
                Arguments.of("shenzhen-2020-part2", "(二)聚焦建设综合性国家科学中心主阵地,打造全球创新创业创意之都。",
                        "实现中华民族伟大复兴的中国梦作出新的更大贡献!"),
                Arguments.of("shenzhen-2023", "政府工作报告\n——2023年2月14日在\n深圳市第七届人民代表大会第四次会议上\n深圳市市长 覃伟中\n各位代表:\n",
                        "全面推进中华民族伟大复兴作出新的更大贡献!"));
    }

    @ParameterizedTest
    @MethodSource("bodyEnds")
    void reportStartsAtItsHeadingAndEndsAtItsLastParagraph(String docId, String start, String end) throws IngestException {
        String text = load(docId).text();
        assertThat(text).startsWith(start).endsWith(end);
    }

    @Test
    void longgangKeepsItsGlossaryAndItsSpeakerLine() throws IngestException {
        String text = load("longgang-2023").text();
        assertThat(text).contains("\n龙岗区人民政府区长王策飞\n各位代表:\n", "\n有关名词解释\n",
                "\n1. “1+1+10+N”经济运行调度机制: 2022年5月,");
        assertThat(text).doesNotContain("link之家", "添加链接", "相关文章推荐", "主办单位", "网站标识码");
    }

    @Test
    void wechatHeaderAndCreditsAreRemovedFromShenzhen2023() throws IngestException {
        String text = load("shenzhen-2023").text();
        assertThat(text).doesNotContain("深圳工信 2023-09-05", "记者:", "运营:", "来源:深圳发布", "全文发布",
                "今起深圳进入", "您可能也对以下帖子感兴趣", "未经处理的缓存");
    }

    @Test
    void cleanedTextHasNoBlankLinesNorIndentation() throws IngestException {
        String text = load("pingshan-2018").text();
        assertThat(text).doesNotContain("\n\n", "\u3000", "\u00A0", "\n ").doesNotStartWith(" ");
        assertThat(text).contains("\n现在,我代表坪山区人民政府向大会作工作报告,");
    }

    @Test
    void docIdIsTheFileStem() throws IngestException {
        CleanReport report = load("shenzhen-2020-part2");
        assertThat(report.docId()).isEqualTo("shenzhen-2020-part2");
        assertThat(report.source()).isEqualTo(Path.of("data", "shenzhen-2020-part2.txt").toAbsolutePath().toUri());
    }

    @Test
    void longgangMetadataComesFromItsSplitHeading() throws IngestException {
        ReportMetadata m = load("longgang-2023").metadata();
        assertThat(m.title()).contains("政府工作报告");
        assertThat(m.delivered()).contains(LocalDate.of(2023, 1, 12));
        assertThat(m.year()).contains(2023);
        assertThat(m.speaker()).contains("王策飞");
        assertThat(m.speakerRole()).contains("区长");
        assertThat(m.issuingBody()).contains("龙岗区人民政府");
        assertThat(m.session()).contains("龙岗区第七届人民代表大会第三次会议");
    }

    @Test
    void shenzhen2023Metadata() throws IngestException {
        ReportMetadata m = load("shenzhen-2023").metadata();
        assertThat(m.delivered()).contains(LocalDate.of(2023, 2, 14));
        assertThat(m.year()).contains(2023);
        assertThat(m.speaker()).contains("覃伟中");
        assertThat(m.speakerRole()).contains("市长");
        assertThat(m.issuingBody()).contains("深圳市人民政府");
        assertThat(m.session()).contains("深圳市第七届人民代表大会第四次会议");
    }

    @Test
    void pingshan2018Metadata() throws IngestException {
        ReportMetadata m = load("pingshan-2018").metadata();
        assertThat(m.title()).contains("2018年坪山区政府工作报告");
        assertThat(m.delivered()).contains(LocalDate.of(2018, 1, 25));
        assertThat(m.year()).contains(2018);
        assertThat(m.speaker()).contains("陶永欣");
        assertThat(m.speakerRole()).contains("区长");
        assertThat(m.issuingBody()).contains("坪山区人民政府");
        assertThat(m.session()).contains("深圳市坪山区第一届人民代表大会第二次会议");
    }

    @Test
    void futian2019MetadataComesFromItsTitle() throws IngestException {
        ReportMetadata m = load("futian-2019").metadata();
        assertThat(m.title()).contains("福田区委区政府2019年主要工作");
        assertThat(m.year()).contains(2019);
        assertThat(m.issuingBody()).contains("福田区人民政府");
        assertThat(m.delivered()).isEmpty();
        assertThat(m.speaker()).isEmpty();
    }

    @Test
    void shenzhen2020Page2TakesTitleAndYearFromThePageHeadline() throws IngestException {
        ReportMetadata m = load("shenzhen-2020-part2").metadata();
        assertThat(m.title()).contains("2020年深圳市人民政府工作报告");
        assertThat(m.year()).contains(2020);
        assertThat(m.issuingBody()).contains("深圳市人民政府");
        assertThat(m.delivered()).isEqualTo(Optional.empty());
        assertThat(m.speaker()).isEmpty();
        assertThat(m.session()).isEmpty();
    }

    @Test
    void anExcerptKeepsItsTitleAndAOneSentenceLeadAboveItsFirstParagraph() {
        String text = "某某省人民政府2023年政府工作报告\n加快实施重大工程,加强区域间基础设施联通。\n"
                + "铁路方面,扎实推进甲乙高铁建设,推动某某铁路枢纽西环线开工建设,推进丙丁高铁等重点项目前期工作,加快形成放射型高铁网。";
        assertThat(Boilerplate.strip(Boilerplate.lines(text)).text()).isEqualTo(text);
    }

    @Test
    void anExcerptKeepsItsTitleAndALeadWhoseSentenceThePageCutOff() {
        String text = "某某市某某区人民政府工作报告\n一年来,始终坚持以实干争先的奋进姿态聚力攻坚,全力以赴扩投资、促消费,经济活力蓬勃向上\n"
                + "项目投资势强劲足。储备重大项目319个、总投资1216亿元,推进甲乙河流域排涝整治等100个项目建设,丙丁产业园二期建成投用。";
        assertThat(Boilerplate.strip(Boilerplate.lines(text)).text()).isEqualTo(text);
    }

    @Test
    void aLayoutSpaceBetweenANumberAndAChineseWordIsRemoved() {
        assertThat(Boilerplate.lines("总投资 86 亿元的甲乙、丙丁等 12 个重大产业项目开工建设,区长 王某"))
                .containsExactly("总投资86亿元的甲乙、丙丁等12个重大产业项目开工建设,区长 王某");
    }

    @Test
    void aSpaceBetweenChineseCharactersIsRemovedInProseButKeptInShortLines() {
        assertThat(Boilerplate.lines("区长 王某\n推进甲乙妇幼保健 院、丙丁宾馆、上 新街项目建设,完成戊己大道改造,新建学校3所,新增学位2000个。"))
                .containsExactly("区长 王某", "推进甲乙妇幼保健院、丙丁宾馆、上新街项目建设,完成戊己大道改造,新建学校3所,新增学位2000个。");
    }
}
