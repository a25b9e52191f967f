package de.sprechstunde.bench.multiged;

/** Per rule: how many corrections, how many tokens they flagged, how many of those were marked wrong. */
public final class RuleTally {

    private long corrections;
    private long wider;
    private long tokens;
    private long wrongTokens;

    public void add(Flag flag, int flaggedTokens, int wrongOfThem) {
        corrections++;
        if (flag.wider()) {
            wider++;
        }
        tokens += flaggedTokens;
        wrongTokens += wrongOfThem;
    }

    public long corrections() {
        return corrections;
    }

    public long wider() {
        return wider;
    }

    public long tokens() {
        return tokens;
    }

    public long wrongTokens() {
        return wrongTokens;
    }

    public double precision() {
        return tokens == 0 ? 1.0 : (double) wrongTokens / tokens;
    }
}
