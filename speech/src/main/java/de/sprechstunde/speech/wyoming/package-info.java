/** The Wyoming protocol and Piper's voice over it. */
package de.sprechstunde.speech.wyoming;
