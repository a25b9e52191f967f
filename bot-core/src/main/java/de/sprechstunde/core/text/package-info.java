/** Small text helpers shared across the core. */
package de.sprechstunde.core.text;
