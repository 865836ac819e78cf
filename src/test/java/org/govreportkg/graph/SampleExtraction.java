package org.govreportkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.govreportkg.extract.Entity;
import org.govreportkg.extract.EntityType;
import org.govreportkg.extract.Extraction;
import org.govreportkg.extract.Mention;
import org.govreportkg.extract.Relation;
import org.govreportkg.extract.RelationKind;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;

/** A hand-made extraction over src/test/resources/graph/sample-report.txt, independent of the extractor. */
public final class SampleExtraction {

    public static final String TEXT;

    static {
        try {
            TEXT = Files.readString(Path.of("src/test/resources/graph/sample-report.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String text = TEXT;

    private SampleExtraction() {
    }

    /** An extraction built by hand over the fixture text, so the mapping is tested apart from the extractor. */
    public static Extraction of(String docId) {
        CleanReport report = new CleanReport(docId, URI.create("file:///tmp/" + docId + ".txt"), text,
                new ReportMetadata(Optional.of("2030年示例区政府工作报告"), Optional.of("某某市示例区人民政府"),
                        Optional.of(2030), Optional.of(LocalDate.of(2030, 1, 15)), Optional.of("张三"),
                        Optional.of("区长"), Optional.empty()));
        int sentenceStart = text.indexOf("一年来");
        int sentenceEnd = text.indexOf("。", sentenceStart) + 1;
        List<Entity> entities = new ArrayList<>();
        entities.add(entity("示例区", Set.of(EntityType.PLACE), "999901", sentenceStart, sentenceEnd, "示例区"));
        entities.add(entity("滨海科学城", Set.of(EntityType.PLACE, EntityType.PROJECT), null, sentenceStart, sentenceEnd,
                "滨海科学城"));
        entities.add(entity("某某市示例区人民政府", Set.of(EntityType.ORGANIZATION), null, sentenceStart, sentenceEnd,
                "区政府"));
        entities.add(entity("星河实验室", Set.of(EntityType.ORGANIZATION, EntityType.PROJECT), null, sentenceStart,
                sentenceEnd, "星河实验室"));
        int s2 = text.indexOf("😀示例区") + 2;
        int e2 = text.indexOf("。", s2) + 1;
        entities.add(entity("某某市", Set.of(EntityType.PLACE), "999900", s2, e2, "某某市"));
        Relation.Span evidence = new Relation.Span(sentenceStart, sentenceEnd);
        List<Relation> relations = List.of(
                new Relation("滨海科学城", RelationKind.LOCATED_IN, "示例区", Optional.of(evidence)),
                new Relation("某某市示例区人民政府", RelationKind.INVOLVED_IN, "星河实验室", Optional.of(evidence)),
                new Relation("示例区", RelationKind.PART_OF, "某某市", Optional.empty()));
        return new Extraction(report, entities, relations);
    }

    private static Entity entity(String key, Set<EntityType> types, String code, int sentenceStart, int sentenceEnd,
                                 String surface) {
        int at = text.indexOf(surface, sentenceStart);
        Mention m = new Mention(surface, at, at + surface.length(), sentenceStart, sentenceEnd);
        TreeSet<String> alts = new TreeSet<>();
        if (!surface.equals(key)) {
            alts.add(surface);
        }
        return new Entity(key, types, key, alts, List.of(m), Optional.ofNullable(code));
    }

}
