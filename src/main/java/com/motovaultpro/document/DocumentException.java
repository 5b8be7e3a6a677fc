package com.motovaultpro.document;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.RefusalReason;
import com.motovaultpro.platform.web.RequestRefusedException;

/** A document that is refused or not there; nothing was stored or changed. */
public class DocumentException extends RequestRefusedException {

    /** Each reason has an API status, the field it concerns (if any) and a message key. */
    public enum Reason implements RefusalReason {
        NO_FILE(new Refusal(ProblemType.VALIDATION, "file", "a file is required")),
        EMPTY_FILE(new Refusal(ProblemType.VALIDATION, "file", "the file is empty")),
        UNSUPPORTED_TYPE(new Refusal(ProblemType.UNSUPPORTED_MEDIA_TYPE, "file",
                "only PDF, PNG, JPEG, GIF, WebP, HEIC images and plain text are accepted (checked from the content)")),
        PHOTO_NOT_IMAGE(new Refusal(ProblemType.VALIDATION, "file", "a vehicle photo must be an image")),
        PHOTO_OF_RECORD(new Refusal(ProblemType.VALIDATION, "recordId",
                "the vehicle photo belongs to the vehicle, not to a record")),
        TOO_LARGE(new Refusal(ProblemType.PAYLOAD_TOO_LARGE, "file", "the file is larger than allowed")),
        NO_SUCH_RECORD(new Refusal(ProblemType.NOT_FOUND, "recordId", "the vehicle has no such record")),
        NO_SUCH_DOCUMENT(new Refusal(ProblemType.NOT_FOUND, null, "the vehicle has no such document")),
        RECORD_IN_TRASH(new Refusal(ProblemType.CONFLICT, null,
                "its record is in the trash: restore the record, its documents come back with it")),
        NOT_ON_S3(new Refusal(ProblemType.CONFLICT, null,
                "documents are not stored on S3 here (motovault.documents.storage): there is nothing to migrate to")),
        STORAGE_UNAVAILABLE(new Refusal(ProblemType.SERVICE_UNAVAILABLE, null,
                "document storage is unavailable right now; nothing was stored, please try again later"));

        private final Refusal refusal;

        Reason(Refusal refusal) {
            this.refusal = refusal;
        }

        @Override
        public Refusal refusal() {
            return refusal;
        }
    }

    private final Reason reason;

    public DocumentException(Reason reason) {
        super(reason, "document.problem.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
