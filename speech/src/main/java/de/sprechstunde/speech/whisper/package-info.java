/** Speech recognition with a Whisper server: whisper-asr-webservice or an OpenAI-compatible API. */
package de.sprechstunde.speech.whisper;
