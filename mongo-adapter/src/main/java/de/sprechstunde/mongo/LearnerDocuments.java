package de.sprechstunde.mongo;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** A learner profile as a {@code learners} document, and back. Enum values are stored by name. */
final class LearnerDocuments {

    private LearnerDocuments() {
    }

    static Document toDocument(LearnerProfile profile, Date updatedAt) {
        return new Document("_id", profile.id().asString())
                .append("platform", profile.id().platform().key())
                .append("userId", profile.id().userId())
                .append("displayName", profile.displayName())
                .append("level", profile.level().name())
                .append("explanations", profile.explanations().name())
                .append("voiceReplies", profile.voiceReplies())
                .append("corrections", profile.corrections().name())
                .append("mode", mode(profile.mode()))
                .append("createdAt", Date.from(profile.createdAt()))
                .append("updatedAt", updatedAt);
    }

    static LearnerProfile fromDocument(Document document) {
        return new LearnerProfile(
                LearnerId.parse(document.getString("_id")),
                document.getString("displayName"),
                CefrLevel.valueOf(document.getString("level")),
                ExplanationLanguage.valueOf(document.getString("explanations")),
                document.getBoolean("voiceReplies", false),
                CorrectionLevel.valueOf(document.getString("corrections")),
                mode(document.get("mode", Document.class)),
                document.getDate("createdAt").toInstant());
    }

    private static Document mode(TutorMode mode) {
        Document document = new Document("kind", mode.key());
        if (mode instanceof TutorMode.Scenario scenario) {
            document.append("scenarioId", scenario.scenarioId()).append("turns", scenario.turns());
        } else if (mode instanceof TutorMode.Drill drill) {
            document.append("phraseId", drill.phraseId());
        } else if (mode instanceof TutorMode.Placement placement) {
            document.append("answered", placement.answered()).append("right", placement.right())
                    .append("current", placement.current());
        } else if (mode instanceof TutorMode.Review review) {
            document.append("cardId", review.cardId()).append("done", review.done()).append("right", review.right())
                    .append("answered", review.answered());
        }
        return document;
    }

    private static TutorMode mode(Document document) {
        return switch (document.getString("kind")) {
            case "scenario" -> new TutorMode.Scenario(document.getString("scenarioId"), document.getInteger("turns", 0));
            case "drill" -> new TutorMode.Drill(document.getString("phraseId"));
            case "placement" -> new TutorMode.Placement(document.getList("answered", String.class, List.of()),
                    document.getList("right", Boolean.class, List.of()), document.getString("current"));
            case "review" -> new TutorMode.Review(document.getString("cardId"), document.getInteger("done", 0),
                    document.getInteger("right", 0), document.getBoolean("answered", false));
            default -> TutorMode.conversation();
        };
    }
}
