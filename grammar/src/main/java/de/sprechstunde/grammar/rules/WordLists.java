package de.sprechstunde.grammar.rules;

import java.util.Set;

/** Closed word lists the learner rules rely on; small, curated and easy to review. */
final class WordLists {

    /** Conjunctions that start a verb-final clause wherever they stand. */
    static final Set<String> SUBORDINATORS = Set.of("weil", "dass", "ob", "obwohl", "damit", "bevor", "nachdem",
            "falls", "sobald", "seitdem", "sodass", "wenn", "als");
    /** Of those, the ones that are verb-final only after a comma or at the start (else "als" compares). */
    static final Set<String> SUBORDINATORS_AFTER_COMMA = Set.of("wenn", "als");
    /** Question words that start an indirect question. */
    static final Set<String> W_WORDS = Set.of("wo", "wann", "warum", "wie", "was", "wohin", "woher", "wieso", "weshalb", "wer");
    /** Verbs after which a comma and a w-word start an indirect question. */
    static final Set<String> QUESTION_VERBS = Set.of("wissen", "fragen", "sagen", "erklären", "zeigen", "verstehen",
            "erzählen", "überlegen", "beschreiben", "vergessen");
    /** Words before the first position that do not count for verb-second. */
    static final Set<String> COORDINATORS = Set.of("und", "aber", "oder", "denn", "sondern");
    /** Adverbs that may stand right before the subject in first position ("Nur ich weiß es"). */
    static final Set<String> NOT_FRONTED_ALONE = Set.of("nur", "auch", "sogar", "selbst", "noch", "schon", "ja", "doch",
            "also", "nicht", "gar", "eben", "halt", "mal", "so", "genau", "bitte", "na", "naja", "gerade", "zwar",
            "besonders", "ganz", "sehr", "zu", "etwa", "fast", "kaum", "bloß", "einfach", "nein", "ok", "okay", "gut",
            "allein", "wirklich", "eigentlich", "vor", "wie");
    /** Nouns that make a time phrase without a preposition ("letztes Jahr", "jeden Tag"). */
    static final Set<String> TIME_NOUNS = Set.of("Jahr", "Woche", "Monat", "Tag", "Wochenende", "Sommer", "Winter",
            "Frühling", "Herbst", "Morgen", "Abend", "Nachmittag", "Vormittag", "Mittag", "Nacht", "Mal", "Montag",
            "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Zeit", "Stunde", "Minute",
            "Moment", "Semester", "Ferien", "Urlaub", "Vergangenheit", "Zukunft", "Pause");
    /** Separable verb particles that join the verb at the end of a subordinate clause. */
    static final Set<String> PARTICLES = Set.of("an", "auf", "aus", "ein", "mit", "zu", "ab", "vor", "nach", "zurück",
            "weg", "los", "fern", "her", "hin", "um", "statt", "teil", "fest", "kennen", "spazieren", "heim");
    /** Verbs of motion towards a goal: a two-way preposition then takes the accusative. */
    static final Set<String> MOTION_VERBS = Set.of("gehen", "fahren", "kommen", "laufen", "fliegen", "legen", "stellen",
            "setzen", "reisen", "ziehen", "bringen", "schicken", "werfen", "rennen", "steigen", "springen", "fallen",
            "einziehen", "umziehen", "einsteigen", "mitkommen", "mitnehmen", "tragen", "stecken", "gießen");
    /** Verbs of being somewhere: a two-way preposition then takes the dative. */
    static final Set<String> LOCATION_VERBS = Set.of("sein", "wohnen", "liegen", "stehen", "sitzen", "bleiben", "leben",
            "arbeiten", "studieren", "schlafen", "wachsen", "parken", "übernachten", "frühstücken", "essen", "treffen");
    /** Verbs whose perfect tense takes "sein". */
    static final Set<String> SEIN_VERBS = Set.of("gehen", "fahren", "kommen", "fliegen", "laufen", "bleiben", "sein",
            "werden", "passieren", "geschehen", "sterben", "aufstehen", "einschlafen", "aufwachen", "umziehen",
            "einziehen", "ausziehen", "ankommen", "abfahren", "losfahren", "wegfahren", "zurückkommen", "mitkommen",
            "zurückfahren", "reisen", "wandern", "rennen", "steigen", "einsteigen", "aussteigen", "umsteigen",
            "fallen", "hinfallen", "wachsen", "gelingen", "begegnen", "joggen", "spazieren", "abfliegen", "folgen",
            "klettern", "radeln", "segeln", "weggehen", "ausgehen", "hingehen", "eingehen", "vorbeikommen");
    /** Of those, the ones that can also take an object and then "haben" ("Ich habe das Auto gefahren"). */
    static final Set<String> SEIN_VERBS_WITH_OBJECT = Set.of("fahren", "fliegen", "umziehen", "ausziehen");
    /** Common verbs whose perfect tense takes "haben", for "Ich bin Fußball gespielt". */
    static final Set<String> HABEN_VERBS = Set.of("spielen", "essen", "trinken", "machen", "arbeiten", "kaufen", "lernen",
            "lesen", "schreiben", "schlafen", "kochen", "sehen", "hören", "besuchen", "tanzen", "telefonieren", "haben",
            "sagen", "fragen", "antworten", "bekommen", "finden", "nehmen", "helfen", "warten", "studieren", "singen",
            "frühstücken", "duschen", "putzen", "waschen", "feiern", "treffen", "verstehen", "vergessen", "gewinnen");
    /** Verbs that take an accusative object (and the "es gibt" of geben). */
    static final Set<String> ACCUSATIVE_VERBS = Set.of("haben", "brauchen", "kaufen", "suchen", "finden", "sehen",
            "besuchen", "kennen", "treffen", "mögen", "möchten", "lieben", "essen", "trinken", "nehmen", "bekommen",
            "bestellen", "lesen", "schreiben", "machen", "fragen", "anrufen", "verstehen", "vergessen", "hören",
            "bezahlen", "tragen", "mieten", "verkaufen", "benutzen", "backen", "kochen", "geben", "wollen", "holen",
            "vermissen", "besitzen", "reparieren", "waschen", "putzen", "öffnen", "schließen", "malen");
    /** Verbs that link a subject to a nominative ("Er wird ein guter Lehrer"). */
    static final Set<String> COPULAS = Set.of("sein", "werden", "bleiben", "heißen");

    private WordLists() {
    }
}
