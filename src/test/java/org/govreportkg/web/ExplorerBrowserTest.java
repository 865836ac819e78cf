package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.govreportkg.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real headless Chromium (Debian's chromium and chromium-driver), with no network
 * beyond the test server: the neighbourhood graph renders and navigates, search results open entity
 * pages, and the query editor opens the example queries.
 */
class ExplorerBrowserTest {

    @TempDir
    static Path dir;
    private static ExplorerServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        server = ExplorerServer.get();
        browser = HeadlessChromium.start(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }


    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void theNeighbourhoodGraphRendersNodesAndClickingOneOpensItsPage() {
        browser.get(server.url + "/entity/%E6%9F%90%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C/%E5%8C%BA%E6%94%BF%E5%BA%9C");
        WebElement graph = browser.findElement(By.id("graph"));
        waiting().until(d -> graph.getDomAttribute("data-nodes") != null || graph.getDomAttribute("data-error") != null);
        assertThat(graph.getDomAttribute("data-error")).isNull();
        assertThat(graph.getDomAttribute("data-nodes")).isEqualTo("2");
        assertThat(((Number) js("return window.entityGraph.nodes().length")).intValue()).isEqualTo(2);
        assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
        js("window.entityGraph.nodes().filter(n => !n.data('focus')).emit('tap')");
        waiting().until(d -> d.getCurrentUrl().contains("/entity/A%20%3Cb%3E&co"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("A <b>&co");

        browser.get(server.url + "/place/440300");
        WebElement city = browser.findElement(By.id("graph"));
        waiting().until(d -> city.getDomAttribute("data-nodes") != null);
        assertThat(Integer.parseInt(city.getDomAttribute("data-nodes"))).isGreaterThan(3);
    }

    @Test
    void searchingFromTheHeaderAndClickingAResultOpensTheEntityPage() {
        browser.get(server.url + "/");
        WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("坪山");
        box.submit();
        waiting().until(d -> !d.findElements(By.id("results")).isEmpty());
        browser.findElement(By.cssSelector("#results tr td a")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/place/440310"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("坪山区");
        assertThat(browser.findElements(By.cssSelector("#timeline li.report"))).hasSize(1);
    }

    @Test
    void theQueryEditorOpensAnExampleQueryInATab() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        browser.get(server.url + "/query.html");
        waiting().until(d -> d.findElements(By.cssSelector("#examples button")).size() == files.size());
        WebElement button = browser.findElement(By.cssSelector("#examples button[data-example=reports-by-year]"));
        assertThat(button.getDomAttribute("title")).startsWith("Which reports are loaded, by year");
        button.click();
        String expected = readString(Path.of("queries", "reports-by-year.rq"));
        waiting().until(d -> expected.equals(js("return yasgui.getTab().getYasqe().getValue()")));
        assertThat(js("return yasgui.getTab().getName()")).isEqualTo("reports-by-year");
        assertThat(browser.findElement(By.cssSelector(".tabPanel.active .CodeMirror")).getText()).contains("SELECT ?year ?report");
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
