package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceResolverTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void directoryExpandsToItsReportFilesSortedByName() throws IOException, IngestException {
        Path b = touch("b.html");
        Path a = touch("a.txt");
        Path c = touch("c.HTM");
        touch("notes.md");
        touch("sub/d.txt");
        assertThat(SourceResolver.expand(List.of(dir.toString())))
                .containsExactly(a.toUri(), b.toUri(), c.toUri());
    }

    @Test
    void theDefaultCorpusDirectoryListsItsFiveReports() throws IngestException {
        List<URI> sources = SourceResolver.expand(List.of("data"));
        assertThat(sources).extracting(u -> Path.of(u).getFileName().toString())
                .containsExactly("futian-2019.txt", "longgang-2023.txt", "pingshan-2018.txt",
                        "shenzhen-2020-part2.txt", "shenzhen-2023.txt");
    }

    @Test
    void filesAndUrlsKeepArgumentOrder() throws IOException, IngestException {
        Path a = touch("a.txt");
        assertThat(SourceResolver.expand(List.of("https://www.example.gov.cn/zwgk/2024.html", a.toString())))
                .containsExactly(URI.create("https://www.example.gov.cn/zwgk/2024.html"), a.toUri());
    }

    @Test
    void missingPathIsAnErrorNamingIt() {
        String missing = dir.resolve("nope.txt").toString();
        assertThatThrownBy(() -> SourceResolver.expand(List.of(missing)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("no such file");
    }

    @Test
    void unsupportedExtensionIsAnErrorNamingTheFile() throws IOException {
        String pdf = touch("report.pdf").toString();
        assertThatThrownBy(() -> SourceResolver.expand(List.of(pdf)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(pdf)
                .hasMessageContaining("unsupported file type");
    }

    @Test
    void directoryWithoutReportFilesIsAnErrorNamingIt() throws IOException {
        touch("readme.md");
        assertThatThrownBy(() -> SourceResolver.expand(List.of(dir.toString())))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("no .txt, .html or .htm files");
    }

    @Test
    void nonWebUrlIsAnErrorNamingIt() {
        assertThatThrownBy(() -> SourceResolver.expand(List.of("ftp://example.org/a.txt")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("ftp://example.org/a.txt");
    }
}
