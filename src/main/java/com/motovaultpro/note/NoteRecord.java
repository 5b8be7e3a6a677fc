package com.motovaultpro.note;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.PinnedFirst;
import com.motovaultpro.platform.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A note about the vehicle: a title and markdown text (the record's notes), optionally pinned
 * to the top of the list. The text is only ever shown through {@link Markdown#toSafeHtml}.
 */
@Entity
@DiscriminatorValue("NOTE")
public class NoteRecord extends LogbookRecord implements PinnedFirst {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{note.title.required}")
    @Size(max = 200, message = "{field.maxLength}")
    @PlainText
    @Column(length = 200)
    private String title;

    @Column(name = "pinned")
    private boolean pinned;

    @Override
    protected void copyDetailsFrom(LogbookRecord other) {
        super.copyDetailsFrom(other);
        NoteRecord note = (NoteRecord) other;
        title = note.title;
        pinned = note.pinned;
    }

    @Override
    protected void normalize() {
        super.normalize();
        title = title == null ? null : title.strip();
    }

    /** The text rendered from markdown to HTML that is safe to show. */
    public String getHtml() {
        return Markdown.toSafeHtml(getNotes());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
