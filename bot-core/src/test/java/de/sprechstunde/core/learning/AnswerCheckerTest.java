package de.sprechstunde.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {

    private final AnswerChecker checker = new AnswerChecker();

    @ParameterizedTest(name = "{0} | {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // expected                  | source                              | given                          | rating
            "bin                         | Gestern bin ich ins Kino gegangen.  | bin                            | GOOD",
            "bin                         | Gestern bin ich ins Kino gegangen.  | Bin                            | GOOD",
            "bin                         | Gestern bin ich ins Kino gegangen.  | ' bin. '                       | GOOD",
            "bin                         | Gestern bin ich ins Kino gegangen.  | habe                           | AGAIN",
            "bin                         | Gestern bin ich ins Kino gegangen.  | gestern bin ich ins kino gegangen | GOOD",
            "bin                         | Gestern bin ich ins Kino gegangen.  | 😀                             | NONE",
            "bin                         | Gestern bin ich ins Kino gegangen.  | 👍🎉 !!                        | NONE",
            "bin                         | Gestern bin ich ins Kino gegangen.  | ...                            | NONE",
            "schönen                     | Ich wünsche dir einen schönen Tag.  | schoenen                       | GOOD",
            "schönen                     | Ich wünsche dir einen schönen Tag.  | SCHÖNEN                        | GOOD",
            "schönen                     | Ich wünsche dir einen schönen Tag.  | schonen                        | HARD",
            "schönen                     | Ich wünsche dir einen schönen Tag.  | schöne                         | AGAIN",
            "schönen                     | Ich wünsche dir einen schönen Tag.  | schön                          | AGAIN",
            "Straße                      | Ich wohne in der Straße.            | strasse                        | GOOD",
            "Grüße                       | Viele Grüße!                        | gruesse                        | GOOD",
            "über                        | Wir reden über das Wetter.          | ueber                          | GOOD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | der Bahnhof, die Bahnhöfe      | GOOD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | Der Bahnhof, die Bahnhoefe     | GOOD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | der bahnhof; die bahnhöfe      | GOOD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | Bahnhof, Bahnhöfe              | HARD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | der Bahnhof                    | HARD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | Bahnhof                        | HARD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | die Bahnhof, die Bahnhöfe      | AGAIN",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | das Bahnhof                    | AGAIN",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | der Bahnhof, die Bahnhofe      | HARD",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | der Bahnhof, die Bahnhofs      | AGAIN",
            "der Bahnhof, die Bahnhöfe   | Ich warte am Bahnhof.               | der Zug, die Züge              | AGAIN",
            "die Straße, die Straßen     | Die Straße ist lang.                | die strasse, die strassen      | GOOD",
            "das Mädchen, die Mädchen    | Das Mädchen lacht.                  | der Mädchen, die Mädchen       | AGAIN",
            "das Mädchen, die Mädchen    | Das Mädchen lacht.                  | Mädchen, Mädchen               | HARD",
            "ist gegangen                | Sie ist nach Hause gegangen.        | ist gegangen                   | GOOD",
            "ist gegangen                | Sie ist nach Hause gegangen.        | gegangen                       | HARD",
            "ist gegangen                | Sie ist nach Hause gegangen.        | hat gegangen                   | AGAIN",
            "ist gegangen                | Sie ist nach Hause gegangen.        | ist gegeht                     | AGAIN",
            "hat gegessen                | Er hat Pizza gegessen.              | Hat gegesen                    | HARD",
            "Ich möchte ein Brötchen     | Ich möchte ein Brötchen.            | ich moechte ein broetchen      | GOOD",
            "Ich möchte ein Brötchen     | Ich möchte ein Brötchen.            | ich möchte brötchen            | AGAIN",
            "fahre                       | Morgen fahre ich nach Berlin.       | fahr                           | AGAIN",
            "weil                        | Ich bleibe zu Hause, weil ich krank bin. | Weil!                     | GOOD",
            "dem                         | Ich helfe dem Mann.                 | den                            | AGAIN",
    })
    void suggestsARating(String expected, String source, String given, Rating rating) {
        assertEquals(Optional.ofNullable(rating), checker.check(expected, source, given));
    }
}
