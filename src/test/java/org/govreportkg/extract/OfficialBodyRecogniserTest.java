package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficialBodyRecogniserTest {
    private final Segmenter segmenter = new Segmenter();
    private final OfficialBodyRecogniser recogniser = new OfficialBodyRecogniser();

    private List<Candidate> run(String s) {
        return recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)), Scopes.PINGSHAN);
    }

    @Test
    void gluedCommitteeAndGovernmentAreTwoBodiesOfTheReportsCity() {
        List<Candidate> c = run("在市委市政府的正确领导下");
        assertEquals(List.of("市委", "市政府"), c.stream().map(Candidate::surface).toList());
        assertEquals(List.of(Optional.of("中国共产党深圳市委员会"), Optional.of("深圳市人民政府")),
                c.stream().map(Candidate::key).toList());
    }

    @Test
    void coordinatedCongressAndConsultativeConferenceAreSplit() {
        List<Candidate> c = run("自觉接受区人大和区政协的监督");
        assertEquals(List.of("区人大", "区政协"), c.stream().map(Candidate::surface).toList());
        assertEquals(Optional.of("深圳市坪山区人民代表大会"), c.get(0).key());
    }

    @Test
    void fullNameDoesNotTakeTheVerbBeforeIt() {
        List<Candidate> c = run("我代表坪山区人民政府向大会作工作报告");
        // the report's own district comes with its government: a short excerpt may name it nowhere else
        assertEquals(List.of("坪山区人民政府/ORGANIZATION", "坪山区/PLACE"), c.stream().map(x -> x.surface() + "/" + x.type()).toList());
        assertEquals(Optional.of("深圳市坪山区人民政府"), c.get(0).key());
    }

    @Test
    void committeeMembersAndCommitteeWordsAreNotThePartyCommittee() {
        assertEquals(List.of(), run("各位政协委员和区委员会").stream().filter(x -> x.surface().equals("区委")).toList());
    }

    @Test
    void aTownsReportNamesItsOwnGovernmentByTheShortForm() {
        ReportScope town = new ReportScope("青岚镇人民政府", Optional.empty(), Optional.empty(), Optional.empty());
        String s = "现在,我受镇政府委托,向大会作政府工作报告";
        List<Candidate> c = recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)), town);
        assertEquals(List.of("镇政府"), c.stream().map(Candidate::surface).toList());
        assertEquals(Optional.of("青岚镇人民政府"), c.get(0).key());
    }

    @Test
    void aTownsReportWrittenUnderItsDistrictNamesTheTownsGovernmentInFull() {
        ReportScope scope = ReportScope.of(new org.govreportkg.ingest.CleanReport("t", java.net.URI.create("file:/t.txt"), "各位代表:",
                new org.govreportkg.ingest.ReportMetadata(Optional.empty(), Optional.of("星河区青岚镇人民政府"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), x -> x);
        assertEquals(Optional.of("星河区"), scope.district());
        assertEquals(Optional.of("青岚镇"), scope.town());
        String s = "现在,我代表青岚镇人民政府,向大会作工作报告";
        List<Candidate> c = recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)), scope);
        assertEquals("青岚镇人民政府", c.get(0).surface());
        assertEquals(Optional.of("青岚镇人民政府"), c.get(0).key());
        String title = "2019年星河区青岚镇政府工作报告";
        List<Candidate> t = recogniser.recognise(title, new TokenRefiner().refine(segmenter.segment(title)), scope);
        assertEquals(List.of("青岚镇政府/ORGANIZATION", "青岚镇/PLACE"), t.stream().map(x -> x.surface() + "/" + x.type()).toList());
        assertEquals(Optional.of("青岚镇人民政府"), t.get(0).key());
    }

    @Test
    void aCitysCommitteeKeepsItsNameWhereHanLPGluedAConjunctionToIt() {
        List<Candidate> c = run("结合省委具体部署和常州市委工作要求");
        assertEquals(List.of("省委", "常州市委"), c.stream().map(Candidate::surface).toList());
        assertEquals(List.of("市委", "市政府"), run("在市委市政府的正确领导下").stream().map(Candidate::surface).toList());
    }

    @Test
    void anotherCitysCommitteeHanLPMadeOneWordKeepsItsCity() {
        List<Candidate> c = run("全县人民在宿州市委的坚强领导下");
        assertEquals(List.of("宿州市委"), c.stream().map(Candidate::surface).toList());
        assertEquals(Optional.of("中国共产党宿州市委员会"), c.get(0).key());
    }

    @Test
    void townshipGovernmentsInGeneralAreNoBody() {
        assertEquals(List.of(), run("提升乡镇政府服务能力"));
    }

    @Test
    void aNationalBankIsABodyByItsShortNameEvenWhereHanLPSplitsIt() {
        List<Candidate> c = run("与建设银行签署战略合作协议");
        assertEquals(List.of("建设银行"), c.stream().map(Candidate::surface).toList());
        assertEquals(Optional.of("中国建设银行"), c.get(0).key());
    }

    @Test
    void theFormerBankingRegulatorIsNotTheBankInsideItsName() {
        assertEquals(List.of("银保监会"), run("银保监会批复同意").stream().map(Candidate::surface).toList());
        assertEquals(List.of("中国银行保险监督管理委员会"), run("中国银行保险监督管理委员会批复同意").stream()
                .map(Candidate::surface).toList());
    }

    @Test
    void bareCongressAndConferenceAreTheReportsOwn() {
        List<Candidate> c = run("并请各位政协委员提出意见,主动接受人大监督和政协民主监督");
        assertEquals(List.of("政协", "人大", "政协"), c.stream().map(Candidate::surface).toList());
        assertEquals(List.of(Optional.of("中国人民政治协商会议深圳市坪山区委员会"), Optional.of("深圳市坪山区人民代表大会"),
                Optional.of("中国人民政治协商会议深圳市坪山区委员会")), c.stream().map(Candidate::key).toList());
    }

    @Test
    void theNationalOrEveryLevelsCongressIsNotTheReportsOwn() {
        assertEquals(List.of(), run("认真贯彻全国人大和各级政协会议精神").stream().filter(x -> x.key().orElse("").contains("坪山")).toList());
        ReportScope town = new ReportScope("青岚镇人民政府", Optional.empty(), Optional.empty(), Optional.empty());
        String s = "自觉接受人大监督";
        assertEquals(List.of(), recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)), town));
    }

    @Test
    void aBannersReportNamesItsLeaguesAdministrativeOfficeWithTheLeague() {
        ReportScope banner = new ReportScope("青岚盟松溪旗人民政府", Optional.of("内蒙古自治区"), Optional.of("青岚盟"), Optional.of("松溪旗"));
        String s = "在盟委、盟行署和旗委的坚强领导下";
        List<Candidate> c = recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)), banner);
        assertEquals(List.of(Optional.of("青岚盟行政公署")),
                c.stream().filter(x -> x.surface().equals("盟行署")).map(Candidate::key).toList());
    }
}
