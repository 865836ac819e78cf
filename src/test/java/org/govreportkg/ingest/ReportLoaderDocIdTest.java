package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class ReportLoaderDocIdTest {

    @Test
    void fileStem() {
        assertThat(ReportLoader.docId(URI.create("file:///corpus/pingshan-2018.txt"))).isEqualTo("pingshan-2018");
    }

    @Test
    void lastUrlSegmentWithoutExtensionIgnoringQuery() {
        assertThat(ReportLoader.docId(URI.create("https://www.example.gov.cn/zwgk/gzbg/t20240120_123.html?from=home")))
                .isEqualTo("t20240120_123");
    }

    @Test
    void directoryStyleUrlUsesItsLastSegment() {
        assertThat(ReportLoader.docId(URI.create("https://www.example.gov.cn/zwgk/gzbg2024/"))).isEqualTo("gzbg2024");
    }

    @Test
    void urlWithoutPathFallsBackToTheHost() {
        assertThat(ReportLoader.docId(URI.create("https://www.example.gov.cn"))).isEqualTo("www.example.gov.cn");
        assertThat(ReportLoader.docId(URI.create("https://www.example.gov.cn/"))).isEqualTo("www.example.gov.cn");
    }
}
