/** Deterministic German checks: LanguageTool plus the project's learner rules. */
package de.sprechstunde.grammar;
