package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads relations off the mentions' positions in the text:
 * PART_OF when a place is written right after another (星河区云溪街道: 云溪街道 part of 星河区);
 * LOCATED_IN when a project's name contains a place's (青岚河干流综合整治 in 青岚河), or the clause puts it
 * there (在星河区建设XX中心);
 * INVOLVED_IN when an organization's name is inside a project's, or the organization is the
 * subject of a linking verb whose object is the project in the same sentence.
 * Every relation carries the sentence as evidence.
 */
final class RelationFinder {
    private static final Pattern CLAUSE = Pattern.compile("[^,;。、,]*");
    private static final Pattern LINK = Pattern.compile(
            "[^,;。]{0,6}?(建设|承建|投资|合作|共建|引进|落户|签约|参与|运营|牵头|启动|开工|建成|打造|推进|设立|成立|入驻)[^,;。]{0,12}");

    private final PlaceDirectory places;

    RelationFinder(PlaceDirectory places) {
        this.places = places;
    }

    List<Relation> relate(List<Entity> entities, String text) {
        record M(Entity e, Mention m) {
        }
        List<M> all = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                all.add(new M(e, m));
            }
        }
        Set<Relation> out = new LinkedHashSet<>();
        for (M a : all) {
            for (M b : all) {
                if (a.e() == b.e() || a.m().sentenceStart() != b.m().sentenceStart()) {
                    continue;
                }
                Optional<Relation.Span> ev = Optional.of(new Relation.Span(a.m().sentenceStart(), a.m().sentenceEnd()));
                boolean aPlace = a.e().types().contains(EntityType.PLACE);
                boolean bPlace = b.e().types().contains(EntityType.PLACE);
                boolean bProject = b.e().types().contains(EntityType.PROJECT);
                boolean aOrg = a.e().types().contains(EntityType.ORGANIZATION);
                if (aPlace && bPlace && a.m().end() == b.m().start()) {
                    out.add(new Relation(b.e().key(), RelationKind.PART_OF, a.e().key(), ev));
                }
                if (aPlace && bProject && (contains(b.m(), a.m()) || statedLocation(text, a.m(), b.m()))) {
                    out.add(new Relation(b.e().key(), RelationKind.LOCATED_IN, a.e().key(), ev));
                }
                if (aOrg && bProject && (contains(b.m(), a.m())
                        || a.m().end() <= b.m().start() && b.m().start() - a.m().end() <= 20
                        && LINK.matcher(text.substring(a.m().end(), b.m().start())).matches())) {
                    out.add(new Relation(a.e().key(), RelationKind.INVOLVED_IN, b.e().key(), ev));
                }
            }
        }
        out.addAll(fromGazetteer(entities));
        return List.copyOf(out);
    }

    /** PART_OF between the report's places that the gazetteer says contain one another. */
    private List<Relation> fromGazetteer(List<Entity> entities) {
        java.util.Map<String, Entity> byCode = new java.util.HashMap<>();
        entities.forEach(e -> e.divisionCode().ifPresent(c -> byCode.put(c, e)));
        List<Relation> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.divisionCode().isEmpty()) {
                continue;
            }
            places.byCode(e.divisionCode().get()).ifPresent(d -> {
                for (org.govreportkg.extract.gazetteer.Division up : places.ancestors(d)) {
                    Entity outer = byCode.get(up.code());
                    if (outer != null) {
                        out.add(new Relation(e.key(), RelationKind.PART_OF, outer.key(), Optional.empty()));
                        return;
                    }
                }
            });
        }
        return out;
    }

    /** 在星河区建设XX项目: a place introduced by 在/于 and a project later in the same clause. */
    private static boolean statedLocation(String text, Mention place, Mention project) {
        return place.start() > 0 && "在于".indexOf(text.charAt(place.start() - 1)) >= 0 && place.end() <= project.start()
                && project.start() - place.end() <= 20 && CLAUSE.matcher(text.substring(place.end(), project.start())).matches();
    }

    private static boolean contains(Mention outer, Mention inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end()
                && (outer.start() != inner.start() || outer.end() != inner.end());
    }
}
