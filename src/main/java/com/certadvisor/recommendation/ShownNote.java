package com.certadvisor.recommendation;

import com.certadvisor.catalog.Note;

/**
 * A note as the result shows it, with its source resolved.
 *
 * @param note the note
 * @param provenance where it comes from and how sure it is
 */
public record ShownNote(Note note, Provenance provenance) {

}
