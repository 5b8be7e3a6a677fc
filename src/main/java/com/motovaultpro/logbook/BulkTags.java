package com.motovaultpro.logbook;

import com.motovaultpro.platform.api.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;

/** Adding or removing one tag on many records: the tag rules of a single record, checked once. */
final class BulkTags {

    static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 40;

    private BulkTags() {
    }

    /** The tag, trimmed; a blank, too long, multi-word or control-character tag is refused. */
    static String checked(String tag) {
        String trimmed = tag == null ? "" : tag.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !trimmed.matches("\\S+")
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("tag", "a tag is one word of 1 to " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    /** Adds the tag unless present; false if nothing changed. */
    static boolean add(LogbookRecord record, String tag) {
        List<String> tags = new ArrayList<>(record.getTags());
        if (tags.contains(tag)) {
            return false;
        }
        if (tags.size() >= MAX_TAGS) {
            throw new InvalidParameterException("tag", "record " + record.getId() + " already has " + MAX_TAGS + " tags");
        }
        tags.add(tag);
        record.setTags(tags);
        return true;
    }

    /** Removes the tag; false if it was not there. */
    static boolean remove(LogbookRecord record, String tag) {
        List<String> tags = new ArrayList<>(record.getTags());
        boolean removed = tags.remove(tag);
        if (removed) {
            record.setTags(tags);
        }
        return removed;
    }
}
