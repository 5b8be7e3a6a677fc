package com.motovaultpro.transfer;

import com.motovaultpro.platform.personaldata.PersonalDataPart;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** The features' parts of a personal export, in the order of their paths: the same order in every zip. */
final class PersonalDataParts {

    private PersonalDataParts() {
    }

    static List<PersonalDataPart<?>> sorted(Iterable<PersonalDataPart<?>> parts) {
        return StreamSupport.stream(parts.spliterator(), false)
                .sorted(Comparator.comparing(PersonalDataPart::path))
                .toList();
    }
}
