package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.govreportkg.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * {@code serve} on an empty store ingests its data folder and serves it: real server on a random port,
 * real HTTP, and the pages in a real headless Chromium (Debian's chromium and chromium-driver).
 */
class ServeCommandTest {

    @TempDir
    static Path dir;
    static ServeCommand serve;
    static String base;
    static String output;
    static int status;

    @BeforeAll
    static void serveTwoReports() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("data/longgang-2023.txt"), data.resolve("longgang-2023.txt"));
        Files.copy(Path.of("data/pingshan-2018.txt"), data.resolve("pingshan-2018.txt"));
        serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        status = cl.execute("--port", "0", "--store", dir.resolve("store").toString(), "--data", data.toString());
        output = out.toString();
        if (status == 0) {
            base = "http://localhost:" + serve.context().getEnvironment().getProperty("local.server.port");
        }
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.stop();
        }
    }

    @Test
    void anEmptyStoreIsFilledFromTheDataFolderBeforeServing() {
        assertEquals(0, status, output);
        assertTrue(output.contains("2 of 2 reports ingested"), output);
        assertTrue(output.contains("serving 2 reports"), output);
    }

    @Test
    void theEndpointAnswersOverRealHttp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String q = "SELECT ?speaker WHERE { ?r <https://w3id.org/govreport-kg/ontology#speaker> ?speaker } ORDER BY ?speaker";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Accept", "text/csv")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("speaker", "王策飞", "陶永欣"), r.body().lines().toList());
    }

    @Test
    void theIndexPageListsTheReportsInABrowserAndLinksTheQueryEditor() {
        WebDriver browser = HeadlessChromium.start(dir);
        try {
            browser.get(base + "/");
            List<WebElement> rows = browser.findElements(By.cssSelector("#reports tr"));
            assertEquals(3, rows.size(), "a header row and one row per report");
            assertTrue(rows.get(1).getText().contains("longgang-2023"), rows.get(1).getText());
            assertTrue(rows.get(2).getText().contains("2018年坪山区政府工作报告"), rows.get(2).getText());
            browser.findElement(By.linkText("query editor")).click();
            // YASGUI comes from a WebJar, not a CDN: the editor must render with no network at all
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
            assertTrue(browser.getCurrentUrl().endsWith("/query.html"), browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
    }

}
