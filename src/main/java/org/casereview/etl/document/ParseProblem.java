package org.casereview.etl.document;

/**
 * A part of a source that could not be loaded.
 *
 * @param location where: "line 42", "entry 3", "page 7"
 * @param reason   reject reason
 * @param message  what is wrong, for a person
 */
public record ParseProblem(String location, RejectReason reason, String message) {
}
