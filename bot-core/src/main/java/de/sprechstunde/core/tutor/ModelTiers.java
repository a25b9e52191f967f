package de.sprechstunde.core.tutor;

import de.sprechstunde.core.port.ModelTier;

/** Which model answers a turn: the fast one for spoken turns when so configured. */
public final class ModelTiers {

    private final boolean fastForVoice;

    public ModelTiers(boolean fastForVoice) {
        this.fastForVoice = fastForVoice;
    }

    public ModelTier forTurn(TurnContext turn) {
        return turn.spoken() && fastForVoice ? ModelTier.FAST : ModelTier.MAIN;
    }
}
