package de.sprechstunde.core.scenario;

import de.sprechstunde.core.text.GermanLetters;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/** The built-in role-plays. */
public final class ScenarioCatalog {

    private static final int TURNS = 6;

    private final List<Scenario> scenarios;

    public ScenarioCatalog(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** The scenarios that ship with the bot. */
    public static ScenarioCatalog builtIn() {
        return new ScenarioCatalog(List.of(
                new Scenario("baeckerei", "In der Bäckerei", "Verkäuferin in einer Berliner Bäckerei",
                        "buy bread and two pastries, ask what something costs, pay",
                        "Guten Morgen! Was darf es sein?", TURNS),
                new Scenario("arztbesuch", "Beim Arzt", "Hausärztin in einer Praxis",
                        "describe your symptoms, say since when you have them, understand the advice",
                        "Guten Tag, nehmen Sie bitte Platz. Was fehlt Ihnen denn?", TURNS),
                new Scenario("wohnungssuche", "Wohnungssuche", "Vermieter einer Zweizimmerwohnung",
                        "ask about rent, deposit, size and move-in date, arrange a viewing",
                        "Hallo, Sie rufen wegen der Wohnung in der Gartenstraße an?", TURNS),
                new Scenario("bewerbungsgespraech", "Bewerbungsgespräch", "Personalleiterin einer Firma",
                        "introduce yourself, talk about your experience and strengths, ask a question about the job",
                        "Guten Tag, schön, dass Sie da sind. Erzählen Sie doch bitte etwas über sich.", TURNS),
                new Scenario("bahnhof", "Am Bahnhof", "Mitarbeiter am Fahrkartenschalter der Deutschen Bahn",
                        "buy a ticket to Hamburg, ask about the departure time and platform, ask about a seat reservation",
                        "Guten Tag! Wohin möchten Sie fahren?", TURNS),
                new Scenario("restaurant", "Im Restaurant", "Kellner in einem Restaurant",
                        "order a drink and a meal, ask about an ingredient, ask for the bill",
                        "Guten Abend! Haben Sie schon gewählt, oder möchten Sie erst etwas trinken?", TURNS),
                new Scenario("behoerdengang", "Auf dem Bürgeramt", "Sachbearbeiterin im Bürgeramt",
                        "register your new address, answer questions about your documents, ask what is missing",
                        "Guten Tag. Sie möchten sich anmelden? Haben Sie einen Termin?", TURNS),
                new Scenario("smalltalk", "Smalltalk", "freundliche Nachbarin im Treppenhaus",
                        "introduce yourself, talk about the weather, your work and your weekend plans",
                        "Ach, hallo! Sie sind bestimmt neu hier im Haus, oder?", TURNS),
                new Scenario("supermarkt", "Im Supermarkt", "Mitarbeiter im Supermarkt",
                        "ask where to find three products and whether something is on offer",
                        "Hallo! Kann ich Ihnen helfen? Sie sehen aus, als würden Sie etwas suchen.", TURNS),
                new Scenario("hotel", "An der Hotelrezeption", "Rezeptionist in einem Hotel",
                        "check in, ask about breakfast and Wi-Fi, report a problem with the room",
                        "Herzlich willkommen in unserem Hotel! Haben Sie eine Reservierung?", TURNS)));
    }

    public List<Scenario> all() {
        return scenarios;
    }

    /** Finds a scenario by id or title, ignoring case and umlaut spelling ("Bäckerei", "baeckerei"). */
    public Optional<Scenario> find(String name) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return scenarios.stream()
                .filter(s -> normalise(s.id()).equals(wanted) || normalise(s.title()).equals(wanted)
                        || normalise(s.title()).endsWith(" " + wanted))
                .findFirst();
    }

    static String normalise(String text) {
        return Normalizer.normalize(GermanLetters.fold(text.strip()), Normalizer.Form.NFKD).replaceAll("[^a-z0-9 ]", "").strip();
    }
}
