package org.govreportkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example queries shipped in the jar ({@code queries/*.rq}), read once at start-up. A query's
 * description is its opening comment block.
 */
final class ExampleQueries {

    static final String LOCATION = "classpath*:queries/*.rq";

    record Example(String name, String description, String query) {}

    private final List<Example> examples;

    private ExampleQueries(List<Example> examples) {
        this.examples = examples;
    }

    static ExampleQueries load() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(ExampleQueries.class.getClassLoader()).getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the example queries at " + LOCATION, e);
        }
        List<Example> examples = new ArrayList<>();
        for (Resource r : resources) {
            String file = r.getFilename();
            if (file == null || !file.endsWith(".rq")) {
                continue;
            }
            try (InputStream in = r.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                examples.add(new Example(file.substring(0, file.length() - 3), description(text), text));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read example query " + r.getDescription(), e);
            }
        }
        examples.sort(Comparator.comparing(Example::name));
        return new ExampleQueries(List.copyOf(examples));
    }

    List<Example> examples() {
        return examples;
    }

    /** The leading {@code #} comment lines, joined; a query without one is described by nothing. */
    static String description(String query) {
        StringBuilder d = new StringBuilder();
        for (String line : query.lines().toList()) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String text = t.replaceFirst("^#+\\s*", "");
            if (!text.isEmpty()) {
                if (!d.isEmpty()) {
                    d.append(' ');
                }
                d.append(text);
            }
        }
        return d.toString();
    }
}
