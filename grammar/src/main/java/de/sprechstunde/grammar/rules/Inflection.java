package de.sprechstunde.grammar.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * One reading of a German noun-phrase word: case, number and gender. In the plural the gender
 * makes no difference to any form, so it is ignored when readings are compared.
 *
 * @param grammaticalCase nominative, accusative, dative or genitive
 * @param number          singular or plural
 * @param gender          masculine, feminine or neuter
 */
record Inflection(Case grammaticalCase, Number number, Gender gender) {

    /** The four German cases, named as in LanguageTool's tags. */
    enum Case { NOM, AKK, DAT, GEN }

    enum Number { SIN, PLU }

    enum Gender { MAS, FEM, NEU }

    /** Whether both readings can describe the same noun phrase. */
    boolean agreesWith(Inflection other) {
        return grammaticalCase == other.grammaticalCase && number == other.number
                && (number == Number.PLU || gender == other.gender);
    }

    /** The position in a 4×4 ending table: rows nominative…genitive, columns masculine, feminine, neuter, plural. */
    int tableIndex() {
        return grammaticalCase.ordinal() * 4 + (number == Number.PLU ? 3 : gender.ordinal());
    }

    Inflection withCase(Case newCase) {
        return new Inflection(newCase, number, gender);
    }

    /**
     * Reads case, number and gender from a LanguageTool tag such as {@code SUB:NOM:SIN:MAS},
     * {@code ART:DEF:DAT:SIN:FEM} or {@code ADJ:AKK:PLU:NEU:GRU:IND}; parts it lacks are spread over
     * every value (a plural tag without gender stands for all three).
     */
    static Set<Inflection> fromTag(String tag) {
        Set<Case> cases = EnumSet.noneOf(Case.class);
        Set<Number> numbers = EnumSet.noneOf(Number.class);
        Set<Gender> genders = EnumSet.noneOf(Gender.class);
        for (String part : tag.split(":")) {
            switch (part) {
                case "NOM" -> cases.add(Case.NOM);
                case "AKK" -> cases.add(Case.AKK);
                case "DAT" -> cases.add(Case.DAT);
                case "GEN" -> cases.add(Case.GEN);
                case "SIN" -> numbers.add(Number.SIN);
                case "PLU" -> numbers.add(Number.PLU);
                case "MAS" -> genders.add(Gender.MAS);
                case "FEM" -> genders.add(Gender.FEM);
                case "NEU" -> genders.add(Gender.NEU);
                case "ALG" -> genders.addAll(EnumSet.allOf(Gender.class));
                default -> { }
            }
        }
        if (cases.isEmpty() || numbers.isEmpty()) {
            return Set.of();
        }
        if (genders.isEmpty()) {
            genders.addAll(EnumSet.allOf(Gender.class));
        }
        Set<Inflection> readings = new java.util.HashSet<>();
        for (Case c : cases) {
            for (Number n : numbers) {
                for (Gender g : genders) {
                    readings.add(new Inflection(c, n, g));
                }
            }
        }
        return readings;
    }
}
