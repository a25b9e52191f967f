/** Speech for the tutor: ffmpeg transcoding, Whisper recognition, Piper and espeak-ng voices. */
package de.sprechstunde.speech;
