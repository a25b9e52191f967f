/**
 * The stored forms of domain values that more than one state adapter keeps (an accepted message,
 * a voice clip), in plain Java types so that no adapter library is needed to read them.
 */
package de.sprechstunde.core.storage;
