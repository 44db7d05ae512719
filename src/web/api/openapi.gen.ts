/**
 * Generated from GET /api/openapi.json by `npm run openapi:types` (openapi-typescript). Do not edit:
 * test/integration/openapi-types.test.ts fails when this file no longer matches the server.
 */
export interface paths {
    "/api/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up actions (scoped: own regions, jurisdiction, or published), soonest due first */
        get: {
            parameters: {
                query?: {
                    /** @description Due on or after this day */
                    dueAfter?: string;
                    /** @description Due on or before this day */
                    dueBefore?: string;
                    /** @description The owning OPD ("Tugas OPD saya") */
                    opdId?: string;
                    /** @description Due before today and still open */
                    overdue?: boolean;
                    page?: number;
                    pageSize?: number;
                    parentId?: string;
                    parentType?: "agreement" | "visit" | "meeting";
                    /** @description Words of the title or description */
                    q?: string;
                    /** @description A party region of the parent */
                    region?: string;
                    status?: "direncanakan" | "berjalan" | "selesai" | "batal";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of actions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ActionListItem"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a follow-up action to an agreement, a visit or a meeting
         * @description The parent must be visible (else 404 PARENT_NOT_VISIBLE) and yours to change (else 403). Rules answer 422 RULE_VIOLATION with details: Issue[] (OPD_NOT_OF_PARTY, DUE_BEFORE_PARENT_START, PROGRESS_OUT_OF_RANGE, DONE_WITHOUT_FULL_PROGRESS, DECISION_NOT_OF_MEETING, UNKNOWN_OPD).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actions matching the filters as CSV (UTF-8 with BOM for Excel) */
        get: {
            parameters: {
                query?: {
                    /** @description Due on or after this day */
                    dueAfter?: string;
                    /** @description Due on or before this day */
                    dueBefore?: string;
                    /** @description The owning OPD ("Tugas OPD saya") */
                    opdId?: string;
                    /** @description Due before today and still open */
                    overdue?: boolean;
                    parentId?: string;
                    parentType?: "agreement" | "visit" | "meeting";
                    /** @description Words of the title or description */
                    q?: string;
                    /** @description A party region of the parent */
                    region?: string;
                    status?: "direncanakan" | "berjalan" | "selesai" | "batal";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One follow-up action with its parent and what you may do on it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an action (soft delete, audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an action (optimistic locking: version) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionPatch"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/actions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments and progress notes of an action, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Comments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ActionComment"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on an action (who may report on it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionCommentInput"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActionComment"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a follow-up action with their versions
         * @description Drafts only for who may read the record without its publication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The actor may upload documents to the record and delete them */
                            canChange: boolean;
                            items: components["schemas"]["RecordDocument"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (or a new version of one) to a follow-up action
         * @description Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read (413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only (415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; a file whose text cannot be read is stored all the same, and `textStatus` says why.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: uuid
                         * @description Add the file as the next version of this document
                         */
                        documentId?: string;
                        /**
                         * Format: binary
                         * @description PDF, DOCX, PNG or JPEG (judged by content)
                         */
                        file: string;
                        /** @enum {string} */
                        kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                        note?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                            title: string;
                            version: components["schemas"]["DocumentVersion"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The content is not PDF, DOCX, PNG or JPEG (FILE_TYPE_NOT_ALLOWED) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a document of a follow-up action with all its versions
         * @description For who may upload to the record, and only a document their own region added while that region is a party (403 FORBIDDEN, reason DOCUMENT_OF_PARTNER, otherwise). Recorded in the audit trail with the files' hashes.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/documents/{documentId}/versions/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of a document (for who may read the follow-up action) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report status and progress (the owning OPD's officers, administrators of a party region) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActionProgress"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Action"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A parent's actions rolled up: count per status, overdue, average progress */
        get: {
            parameters: {
                query: {
                    parentId: string;
                    parentType: "agreement" | "visit" | "meeting";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The roll-up of the actions the caller sees */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActionSummary"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued again */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {boolean} */
                            queued: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs that failed after every retry, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The failed jobs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FailedJob"][];
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter agreements (scoped: own regions, jurisdiction, or published) */
        get: {
            parameters: {
                query?: {
                    /** @description Signed by a Pj./Plt./Plh. head of region */
                    acting?: boolean;
                    /** @description true: agreements in which the caller's region is a party that has not confirmed the record */
                    awaitingMyConfirmation?: boolean;
                    /** @description Deleted records (administrators) */
                    deleted?: boolean;
                    documentType?: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
                    /** @description true: only agreements shown as kedaluwarsa (past validUntil, stage never closed); false: none of them */
                    expired?: boolean;
                    expiringWithinDays?: number | null;
                    /** @description Health (see AgreementHealthReason) */
                    health?: "aktif" | "perlu_perhatian" | "dorman" | "berakhir";
                    kind?: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
                    /** @description true: signed KSB, still open, that no PKS follows */
                    ksbWithoutPks?: boolean;
                    /** @description true: only the caller's own region or jurisdiction, without other regions' published records */
                    own?: boolean;
                    page?: number;
                    pageSize?: number;
                    parentId?: string;
                    /** @description A partner (region code or organisation id): agreements in which it is a party together with the caller's own region. For callers without a party region (system administrators, oversight, anonymous) it is just a party, like `party`, which never involves the caller. */
                    partner?: string;
                    /** @description A party region (Kemendagri code) */
                    party?: string;
                    /** @description Full text (title, scope, purpose, parties, documents), typo tolerant */
                    q?: string;
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    /** @description Default: relevance with q, else -signingDate */
                    sort?: "relevance" | "signingDate" | "-signingDate" | "title" | "-title" | "updatedAt" | "-updatedAt" | "health" | "-health";
                    stage?: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
                    /** @description Signing year */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of agreements */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AgreementListItem"][];
                            page: number;
                            pageSize: number;
                            /** @description Matches; a lower bound when totalExact is false */
                            total: number;
                            /** @description False above 1,000 matches: show "1,000+" (counting all costs a full scan) */
                            totalExact: boolean;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enter an agreement (your region must be a party)
         * @description Rules are checked on save: errors answer 422 RULE_VIOLATION with details: Issue[]; warnings come back in `warnings`. A suspected duplicate answers 409 DUPLICATE_SUSPECTED with details.candidates unless ?force=true.
         */
        post: {
            parameters: {
                query?: {
                    force?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementSaved"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement with parties, family, timeline, documents, checklist, warnings and next steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The agreement (ETag: its version) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Soft-delete an agreement (an administrator can restore it)
         * @description An agreement with party regions besides yours is not deleted at once: the deletion becomes a pending change (202) that every other party region confirms or rejects (decision 009).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description The record has other party regions: the deletion waits for their consent */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeletionPending"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change an agreement (optimistic locking: version in the body or If-Match)
         * @description Fields absent from the body keep their stored value. A stale version answers 409 VERSION_CONFLICT with details {currentVersion, current, changedFields, changes}: changes lists each field changed since the client's version with its value then (from) and now (to).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementPatch"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementSaved"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agreements/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm your region's side of a shared agreement (also: join a partner's record) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Confirmations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmations: components["schemas"]["Confirmations"];
                            parties: {
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                documentNumber: string | null;
                                financing: {
                                    /** @default null */
                                    amount: number | null;
                                    /** @default null */
                                    note: string | null;
                                    /** @enum {string} */
                                    source: "apbd" | "apbn" | "swasta" | "hibah" | "lainnya";
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @description Region code or organisation id (signatories point at it) */
                                key: string;
                                /** @enum {string} */
                                kind: "region" | "organization";
                                /** @example Kota Malang */
                                name: string;
                                obligations: string[];
                                organizationId: string | null;
                                /** @enum {string|null} */
                                organizationKind: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya" | null;
                                regionCode: string | null;
                                /** @enum {string|null} */
                                regionLevel: "provinsi" | "kabupaten" | "kota" | null;
                                rights: string[];
                                role: string | null;
                            }[];
                            pendingConfirmations: string[];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of an agreement with their versions
         * @description Drafts only for who may read the record without its publication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The actor may upload documents to the record and delete them */
                            canChange: boolean;
                            items: components["schemas"]["AgreementDocument"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (or a new version of one) to an agreement
         * @description Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read (413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only (415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; a file whose text cannot be read is stored all the same, and `textStatus` says why.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: uuid
                         * @description Add the file as the next version of this document
                         */
                        documentId?: string;
                        /**
                         * Format: binary
                         * @description PDF, DOCX, PNG or JPEG (judged by content)
                         */
                        file: string;
                        /** @enum {string} */
                        kind: "kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya";
                        note?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya";
                            title: string;
                            version: components["schemas"]["DocumentVersion"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The content is not PDF, DOCX, PNG or JPEG (FILE_TYPE_NOT_ALLOWED) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a document of an agreement with all its versions
         * @description For who may upload to the record, and only a document their own region added while that region is a party (403 FORBIDDEN, reason DOCUMENT_OF_PARTNER, otherwise). Recorded in the audit trail with the files' hashes.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/documents/{documentId}/versions/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of a document (for who may read the agreement) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluations of an agreement, newest period first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evaluations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The evaluation forms you may write */
                            forms: ("opd_pelaksana" | "bagian_kerja_sama" | "mitra")[];
                            items: components["schemas"]["Evaluation"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record an evaluation of a period (the form of your role) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvaluationInput"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/evaluations/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation periods of an agreement: done, due, and the next deadlines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationStatus"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/pending-changes/{changeId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to a pending change of a agreement for your region; the last consent applies it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: components["schemas"]["Agreement"] | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/pending-changes/{changeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (or, as its proposer, withdraw) a pending change of a agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: components["schemas"]["Agreement"] | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a deleted agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Restored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The articles and press releases an agreement was drafted from (provenance) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string | null;
                                extraction?: unknown;
                                id: string;
                                text: string;
                                title: string | null;
                                url: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an agreement to the next stage of its lifecycle
         * @description The guard (role, data, documents) is the domain lifecycle; unmet requirements answer 422 TRANSITION_NOT_ALLOWED with details: Requirement[].
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @example 2024-08-07
                         */
                        date: string;
                        note?: string | null;
                        /** @description For diakhiri */
                        reason?: string | null;
                        /** @enum {string} */
                        toStage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements that look like the one about to be entered (offer to join = confirm instead) */
        get: {
            parameters: {
                query: {
                    documentType: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
                    kind: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
                    /** @description Comma-separated region codes and organisation ids */
                    parties: string;
                    signingDate?: string;
                    title: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Candidates, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: components["schemas"]["DuplicateCandidate"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreements matching the filters as CSV (UTF-8 with BOM for Excel) */
        get: {
            parameters: {
                query?: {
                    /** @description Signed by a Pj./Plt./Plh. head of region */
                    acting?: boolean;
                    /** @description true: agreements in which the caller's region is a party that has not confirmed the record */
                    awaitingMyConfirmation?: boolean;
                    /** @description Deleted records (administrators) */
                    deleted?: boolean;
                    documentType?: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
                    /** @description true: only agreements shown as kedaluwarsa (past validUntil, stage never closed); false: none of them */
                    expired?: boolean;
                    expiringWithinDays?: number | null;
                    /** @description Health (see AgreementHealthReason) */
                    health?: "aktif" | "perlu_perhatian" | "dorman" | "berakhir";
                    kind?: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
                    /** @description true: signed KSB, still open, that no PKS follows */
                    ksbWithoutPks?: boolean;
                    /** @description true: only the caller's own region or jurisdiction, without other regions' published records */
                    own?: boolean;
                    parentId?: string;
                    /** @description A partner (region code or organisation id): agreements in which it is a party together with the caller's own region. For callers without a party region (system administrators, oversight, anonymous) it is just a party, like `party`, which never involves the caller. */
                    partner?: string;
                    /** @description A party region (Kemendagri code) */
                    party?: string;
                    /** @description Full text (title, scope, purpose, parties, documents), typo tolerant */
                    q?: string;
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    /** @description Default: relevance with q, else -signingDate */
                    sort?: "relevance" | "signingDate" | "-signingDate" | "title" | "-title" | "updatedAt" | "-updatedAt" | "health" | "-health";
                    stage?: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
                    /** @description Signing year */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail: a record's history, a user's activity, filtered by date and action */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entries, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password (sets the session cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the current user ("log out everywhere") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sessions ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user (null when anonymous), CSRF token and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Current user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password (ends the other sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account a one-time password link is for (name and email) */
        get: {
            parameters: {
                query: {
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            name: string;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Set a new password with a one-time link from an administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Password set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user's live sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sessions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                current: boolean;
                                expiresAt: string;
                                id: string;
                                ip: string | null;
                                lastSeenAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of the current user’s sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the first administrator still has to be created */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Setup status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the first system administrator with the one-time setup token printed at start-up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Administrator created and logged in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user's API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                        name: string;
                        permissions?: ("account:manage" | "user:read" | "user:manage" | "opd:read" | "opd:manage" | "audit:read" | "agreement:read" | "agreement:create" | "agreement:update" | "agreement:delete" | "agreement:restore" | "agreement:transition" | "agreement:review" | "agreement:confirm" | "document:read" | "document:upload" | "record:read" | "record:create" | "record:update" | "record:delete" | "action:report" | "evaluation:write" | "organization:read" | "organization:manage" | "official:read" | "official:manage" | "ingest:extract" | "ingest:save" | "report:read" | "settings:manage" | "job:manage")[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"] & {
                            token: string;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The officer's home: the reader's region or jurisdiction at a glance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Numbers, task list and agenda */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evaluation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evaluation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"] & {
                            access: {
                                update: boolean;
                            };
                            agreementTitle: string;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an evaluation (with ?version=, only if unchanged since) */
        delete: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an evaluation (send the version you edited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvaluationInput"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Evaluation"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a news article or press release (text, HTML or a URL) and propose a draft record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Publication date, to complete dates without a year */
                        publishedAt?: string;
                        /** @description Plain text or HTML of the article */
                        text?: string;
                        /** Format: uri */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description The draft, every field with its evidence (sentence and character span in result.text) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            result: {
                                commitments: string[];
                                confidence: {
                                    date: number;
                                    documentTypes: number;
                                    eventType: number;
                                    interRegional: number;
                                    officials: number;
                                    parties: number;
                                    place: number;
                                    sectors: number;
                                };
                                date: string | null;
                                documentTypes: ("kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum")[];
                                /** @enum {string} */
                                eventType: "signing" | "visit" | "audience" | "other";
                                evidence: {
                                    [key: string]: {
                                        confidence: number;
                                        end: number;
                                        note?: string;
                                        sentence: string;
                                        start: number;
                                        value?: unknown;
                                    }[];
                                };
                                funding: {
                                    funderCode: string;
                                    recipientCode: string;
                                } | null;
                                hostCode: string | null;
                                institutions: {
                                    /** @enum {string} */
                                    kind: "dprd";
                                    name: string;
                                    regionCode: string;
                                }[];
                                interRegional: boolean;
                                /** @enum {string} */
                                language: "id" | "unknown";
                                officials: {
                                    acting: boolean;
                                    /** @enum {string} */
                                    actingKind?: "pj" | "plt" | "plh";
                                    name: string;
                                    /** @enum {string} */
                                    office: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "ketua_dprd" | "lainnya";
                                    regionCode: string | null;
                                }[];
                                organizations: {
                                    /** @enum {string} */
                                    kind: "university" | "prosecutor" | "police" | "military" | "court" | "ministry" | "agency" | "company" | "bank" | "other";
                                    name: string;
                                }[];
                                parties: {
                                    code: string;
                                    name: string;
                                }[];
                                place: string | null;
                                projects: {
                                    amount: string | null;
                                    amountRupiah: number | null;
                                    name: string;
                                }[];
                                sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                text: string;
                                title: string | null;
                                topics: {
                                    /** @enum {string|null} */
                                    sector: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                                    text: string;
                                }[];
                                truncated: boolean;
                                /** @enum {string|null} */
                                visitKind: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru" | null;
                            };
                            source: {
                                finalUrl: string | null;
                                /** @enum {string} */
                                kind: "text" | "html" | "url";
                                url: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The app and its database answer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a reviewed draft: create an agreement or attach the article to an existing one
         * @description The source text and URL stay attached to the record as its provenance. Creating applies every agreement rule (422 RULE_VIOLATION, 409 DUPLICATE_SUSPECTED unless force is true).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        source: {
                            /** @description The draft as extracted, kept for provenance */
                            extraction?: unknown;
                            text: string;
                            title?: string | null;
                            /** Format: uri */
                            url?: string | null;
                        };
                        target: {
                            agreement: components["schemas"]["AgreementCreate"];
                            /** @default false */
                            force?: boolean;
                            /** @enum {string} */
                            kind: "new_agreement";
                            /**
                             * @description Organisations named by the article that become parties, recorded in the same save (needs organization:manage); one already recorded under the same name is used as it is
                             * @default []
                             */
                            newOrganizations?: {
                                /** @enum {string} */
                                kind: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya";
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description Chosen by the client; the parties and signatories of `agreement` refer to the new organisation by it, and the save replaces it with the id of the organisation record
                                 */
                                placeholderId: string;
                            }[];
                        } | {
                            /** Format: uuid */
                            agreementId: string;
                            /** @enum {string} */
                            kind: "existing_agreement";
                        } | {
                            /** @enum {string} */
                            kind: "new_visit";
                            visit: {
                                /** @default [] */
                                delegates?: {
                                    /**
                                     * @default pemda
                                     * @enum {string}
                                     */
                                    institution?: "pemda" | "dprd" | "opd" | "lainnya";
                                    name: string;
                                    /** @default null */
                                    post?: string | null;
                                    /** @default null */
                                    regionCode?: string | null;
                                }[];
                                /** @default null */
                                endDate?: string | null;
                                /** @default [] */
                                goodPractices?: {
                                    /** @default null */
                                    description?: string | null;
                                    /**
                                     * @default null
                                     * @enum {string|null}
                                     */
                                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                                    topic: string;
                                }[];
                                hostRegionCode: string;
                                /** @default [] */
                                hosts?: {
                                    /**
                                     * @default pemda
                                     * @enum {string}
                                     */
                                    institution?: "pemda" | "dprd" | "opd" | "lainnya";
                                    name: string;
                                    /** @default null */
                                    post?: string | null;
                                    /** @default null */
                                    regionCode?: string | null;
                                }[];
                                /**
                                 * @default kunjungan_kerja
                                 * @enum {string}
                                 */
                                kind?: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru";
                                /** @default null */
                                notes?: string | null;
                                /** @default null */
                                outcomes?: string | null;
                                /** @default null */
                                place?: string | null;
                                /** @default null */
                                purpose?: string | null;
                                /** @default [] */
                                sectors?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                /** @default null */
                                startDate?: string | null;
                                title: string;
                                /** @default [] */
                                topics?: {
                                    /**
                                     * @default null
                                     * @enum {string|null}
                                     */
                                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                                    text: string;
                                }[];
                                visitors: {
                                    /**
                                     * @default pemda
                                     * @enum {string}
                                     */
                                    institution?: "pemda" | "dprd" | "opd" | "lainnya";
                                    /** @default null */
                                    name?: string | null;
                                    /**
                                     * Format: uuid
                                     * @default null
                                     */
                                    opdId?: string | null;
                                    /**
                                     * Format: uuid
                                     * @default null
                                     */
                                    organizationId?: string | null;
                                    /** @default null */
                                    regionCode?: string | null;
                                }[];
                            };
                        } | {
                            /** @enum {string} */
                            kind: "new_meeting";
                            meeting: {
                                /** @default null */
                                agenda?: string | null;
                                /** @default null */
                                date?: string | null;
                                /** @default [] */
                                decisions?: {
                                    /**
                                     * Format: uuid
                                     * @default null
                                     */
                                    id?: string | null;
                                    text: string;
                                }[];
                                /** @default null */
                                hostRegionCode?: string | null;
                                /**
                                 * @default audiensi
                                 * @enum {string}
                                 */
                                kind?: "audiensi" | "rapat_koordinasi" | "pertemuan_lain";
                                /** @default null */
                                notes?: string | null;
                                participants: {
                                    /**
                                     * @default pemda
                                     * @enum {string}
                                     */
                                    institution?: "pemda" | "dprd" | "opd" | "lainnya";
                                    /** @default null */
                                    name?: string | null;
                                    /**
                                     * Format: uuid
                                     * @default null
                                     */
                                    opdId?: string | null;
                                    /**
                                     * Format: uuid
                                     * @default null
                                     */
                                    organizationId?: string | null;
                                    /** @default null */
                                    regionCode?: string | null;
                                }[];
                                /** @default [] */
                                persons?: {
                                    /**
                                     * @default pemda
                                     * @enum {string}
                                     */
                                    institution?: "pemda" | "dprd" | "opd" | "lainnya";
                                    name: string;
                                    /** @default null */
                                    post?: string | null;
                                    /** @default null */
                                    regionCode?: string | null;
                                }[];
                                /** @default null */
                                place?: string | null;
                                /** @default [] */
                                sectors?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                /** @default null */
                                summary?: string | null;
                                title: string;
                            };
                            /**
                             * @description The projects the meeting is about, recorded as its programs
                             * @default []
                             */
                            programs?: {
                                /** @default [] */
                                budgets?: {
                                    budget: number;
                                    /** @default null */
                                    note?: string | null;
                                    /** @default null */
                                    realisation?: number | null;
                                    year: number;
                                }[];
                                /** @default null */
                                description?: string | null;
                                /** @default [] */
                                evidenceLinks?: {
                                    /** @default null */
                                    label?: string | null;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                funderOrganizationId?: string | null;
                                /** @default null */
                                funderRegionCode?: string | null;
                                /**
                                 * @default kemitraan
                                 * @enum {string}
                                 */
                                kind?: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                                /** @default null */
                                location?: string | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                parentId?: string | null;
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                parentType?: "agreement" | "meeting" | null;
                                /** @default 0 */
                                physicalProgress?: number;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                recipientOrganizationId?: string | null;
                                /** @default null */
                                recipientRegionCode?: string | null;
                                /** @default [] */
                                sectors?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                /**
                                 * @default rencana
                                 * @enum {string}
                                 */
                                status?: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                                title: string;
                            }[];
                        } | {
                            /** @enum {string} */
                            kind: "existing_record";
                            /** Format: uuid */
                            recordId: string;
                            /** @enum {string} */
                            recordType: "visit" | "meeting";
                        };
                    };
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizations: {
                                created: boolean;
                                id: string;
                                name: string;
                                placeholderId: string;
                            }[];
                            programs?: {
                                id: string;
                                title: string;
                            }[];
                            record: {
                                created: boolean;
                                id: string;
                                /** @enum {string} */
                                type: "agreement" | "visit" | "meeting";
                            };
                            sourceId: string;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Existing agreements an article may be about (shared parties, signed within 60 days)
         * @description Ranked by the number of the given parties each agreement shares (at least two when two or more are given), then by the distance of its signing to the date.
         */
        get: {
            parameters: {
                query: {
                    date?: string;
                    parties: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Candidates, closest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IngestMatch"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records linked to a record, both directions, those the caller may read, with titles */
        get: {
            parameters: {
                query: {
                    id: string;
                    type: "agreement" | "visit" | "meeting" | "action" | "program";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Linked records, oldest link first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canUnlink: boolean;
                                date: string | null;
                                /** @enum {string} */
                                direction: "from" | "to";
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                linkId: string;
                                title: string;
                                /** @enum {string} */
                                type: "agreement" | "visit" | "meeting" | "action" | "program";
                            }[];
                            /** @description Whether the caller may link other records to it */
                            mayLink: boolean;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Link two records (read on both, update on at least one)
         * @description A record the caller may not read answers 404 <TYPE>_NOT_FOUND naming body.fromId or body.toId; an existing link (either direction) answers 409 CONFLICT.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkInput"];
                };
            };
            responses: {
                /** @description Linked */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Link"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link (read on both records, update on at least one) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter meetings (scoped: own region, jurisdiction, or published) */
        get: {
            parameters: {
                query?: {
                    /** @description Meetings on or after this day */
                    from?: string;
                    kind?: "audiensi" | "rapat_koordinasi" | "pertemuan_lain";
                    page?: number;
                    pageSize?: number;
                    /** @description Words of the title, place, agenda, summary or a decision */
                    q?: string;
                    /** @description A region taking part (host or participant) */
                    region?: string;
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    /** @description Meetings on or before this day */
                    to?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of meetings, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingList"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enter a meeting (your region must take part)
         * @description Rules are checked on save: a broken one answers 422 RULE_VIOLATION with details: Issue[] (REGION_PARTY_REQUIRED, PARTICIPANT_EMPTY, UNKNOWN_REGION, OPD_NOT_OF_PARTY), naming the field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings matching the filters as CSV (UTF-8 with BOM for Excel) */
        get: {
            parameters: {
                query?: {
                    /** @description Meetings on or after this day */
                    from?: string;
                    kind?: "audiensi" | "rapat_koordinasi" | "pertemuan_lain";
                    /** @description Words of the title, place, agenda, summary or a decision */
                    q?: string;
                    /** @description A region taking part (host or participant) */
                    region?: string;
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    /** @description Meetings on or before this day */
                    to?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting with its participants and decisions (each with the actions made from it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The meeting (ETag: its version) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Save a meeting as edited (optimistic locking: the version you edited)
         * @description Rules are checked on save: a broken one answers 422 RULE_VIOLATION with details: Issue[] (REGION_PARTY_REQUIRED, PARTICIPANT_EMPTY, UNKNOWN_REGION, OPD_NOT_OF_PARTY), naming the field. A stale version answers 409 VERSION_CONFLICT with details.currentVersion. Decisions keep their id when the entry names it or their text is unchanged, so actions made from them stay linked. An edit that removes a party region or publishes a meeting shared with other regions waits for their consent (202: the meeting unchanged, with the pending change; decision 009).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingUpdate"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Waiting for the other parties */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Soft-delete a meeting (the audit trail keeps it)
         * @description A meeting with party regions besides yours waits for their consent (202, decision 009).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description The record has other party regions: the deletion waits for their consent */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeletionPending"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a meeting with their versions
         * @description Drafts only for who may read the record without its publication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The actor may upload documents to the record and delete them */
                            canChange: boolean;
                            items: components["schemas"]["RecordDocument"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (or a new version of one) to a meeting
         * @description Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read (413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only (415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; a file whose text cannot be read is stored all the same, and `textStatus` says why.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: uuid
                         * @description Add the file as the next version of this document
                         */
                        documentId?: string;
                        /**
                         * Format: binary
                         * @description PDF, DOCX, PNG or JPEG (judged by content)
                         */
                        file: string;
                        /** @enum {string} */
                        kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                        note?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                            title: string;
                            version: components["schemas"]["DocumentVersion"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The content is not PDF, DOCX, PNG or JPEG (FILE_TYPE_NOT_ALLOWED) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a document of a meeting with all its versions
         * @description For who may upload to the record, and only a document their own region added while that region is a party (403 FORBIDDEN, reason DOCUMENT_OF_PARTNER, otherwise). Recorded in the audit trail with the files' hashes.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/documents/{documentId}/versions/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of a document (for who may read the meeting) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/pending-changes/{changeId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to a pending change of a meeting for your region; the last consent applies it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: components["schemas"]["Meeting"] | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/pending-changes/{changeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (or, as its proposer, withdraw) a pending change of a meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: components["schemas"]["Meeting"] | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own notifications, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of notifications and the unread count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notification"][];
                            page: number;
                            pageSize: number;
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one own notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked; the unread count after it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per kind of notification: whether the caller also gets it by e-mail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The preferences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreferences"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Change which kinds of notification the caller also gets by e-mail */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: {
                            action_due?: boolean;
                            action_overdue?: boolean;
                            agreement_expiry?: boolean;
                            confirmation_cleared?: boolean;
                            evaluation_due?: boolean;
                            ksb_without_pks?: boolean;
                            partner_record?: boolean;
                            pending_change?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description The preferences after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreferences"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all own notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unread: number;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller’s notifications are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terms of office of a region; with office and date, the suggested holder on that date */
        get: {
            parameters: {
                query: {
                    /** @description Only terms covering this date */
                    date?: string;
                    office?: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
                    regionCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Terms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holder: components["schemas"]["OfficialTerm"] | null;
                            items: components["schemas"]["OfficialTerm"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a term of office (own region only for a region admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default definitif
                         * @enum {string}
                         */
                        actingKind?: "definitif" | "pj" | "plt" | "plh";
                        /**
                         * Format: date
                         * @example 2024-08-07
                         */
                        end?: string;
                        /** @enum {string} */
                        office: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
                        personName: string;
                        regionCode: string;
                        /**
                         * Format: date
                         * @example 2024-08-07
                         */
                        start: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficialTerm"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a term of office (signatories keep their name and office) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a term of office */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        actingKind?: "definitif" | "pj" | "plt" | "plh";
                        /**
                         * Format: date
                         * @example 2024-08-07
                         */
                        end?: string;
                        /** @enum {string} */
                        office?: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
                        personName?: string;
                        regionCode?: string;
                        /**
                         * Format: date
                         * @example 2024-08-07
                         */
                        start?: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficialTerm"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/opds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The perangkat daerah (OPD) of a region */
        get: {
            parameters: {
                query: {
                    regionCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OPD */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Opd"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an OPD to a region */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abbreviation?: string | null;
                        name: string;
                        regionCode: string;
                        sectorKeys?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Opd"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an OPD */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an OPD */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abbreviation?: string | null;
                        name?: string;
                        sectorKeys?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Opd"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search third parties (companies, universities, agencies ...) by name, typo tolerant */
        get: {
            parameters: {
                query?: {
                    kind?: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of organisations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organization"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a third party */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country?: string;
                        identifiers?: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        kind: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya";
                        name: string;
                        regionCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The organisation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country?: string;
                        identifiers?: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        kind?: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya";
                        name?: string;
                        regionCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organization"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/oversight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A province's kabupaten/kota side by side, or the country's provinces */
        get: {
            parameters: {
                query?: {
                    /** @description Default: a province's oversight its own, else the national view */
                    province?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One row per region */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Oversight"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programs and funding, filtered (scoped: own regions, jurisdiction, or published) */
        get: {
            parameters: {
                query?: {
                    kind?: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                    page?: number;
                    pageSize?: number;
                    parentId?: string;
                    parentType?: "agreement" | "meeting";
                    /** @description Words of the title, location or description */
                    q?: string;
                    /** @description A region as funder or recipient (see role) */
                    region?: string;
                    /** @description The region's side */
                    role?: "funder" | "recipient";
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    status?: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                    /** @description Programs with a budget line in this budget year */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of programs with their budget totals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                budgetYears: number[];
                                funderName: string | null;
                                funderRegionCode: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                                location: string | null;
                                /** Format: uuid */
                                parentId: string | null;
                                /** @enum {string|null} */
                                parentType: "agreement" | "meeting" | null;
                                physicalProgress: number;
                                published: boolean;
                                realisationPercent: number | null;
                                recipientName: string | null;
                                recipientRegionCode: string | null;
                                sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                /** @enum {string} */
                                status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                                title: string;
                                totalBudget: number;
                                totalRealisation: number;
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a program with its budget lines */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProgramInput"];
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                delete: boolean;
                                publish: boolean;
                                report: boolean;
                                update: boolean;
                            };
                            /** @default [] */
                            budgets: {
                                budget: number;
                                /** @default null */
                                note: string | null;
                                /** @default null */
                                realisation: number | null;
                                year: number;
                            }[];
                            createdAt: string;
                            /** @default null */
                            description: string | null;
                            /** @default [] */
                            evidenceLinks: {
                                /** @default null */
                                label: string | null;
                                /** Format: uri */
                                url: string;
                            }[];
                            funderName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            funderOrganizationId: string | null;
                            /** @default null */
                            funderRegionCode: string | null;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @default kemitraan
                             * @enum {string}
                             */
                            kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                            /** @default null */
                            location: string | null;
                            ownerRegionCode: string | null;
                            parent: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                type: "agreement" | "meeting";
                            } | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            parentId: string | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            parentType: "agreement" | "meeting" | null;
                            partyRegionCodes: string[];
                            pendingChanges: {
                                awaitingRegionCodes: string[];
                                canConfirm: boolean;
                                canReject: boolean;
                                consentedRegionCodes: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "remove_parties" | "publish" | "delete";
                                proposedBy: string | null;
                                proposedRegionCode: string | null;
                                publishes: boolean;
                                removeRegionCodes: string[];
                                requiredRegionCodes: string[];
                            }[];
                            /** @default 0 */
                            physicalProgress: number;
                            published: boolean;
                            recipientName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            recipientOrganizationId: string | null;
                            /** @default null */
                            recipientRegionCode: string | null;
                            /** @default [] */
                            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                            /**
                             * @default rencana
                             * @enum {string}
                             */
                            status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                            title: string;
                            totals: {
                                overall: {
                                    budget: number;
                                    realisation: number;
                                    realisationPercent: number | null;
                                };
                                years: {
                                    budget: number;
                                    note: string | null;
                                    realisation: number;
                                    realisationEntered: boolean;
                                    realisationPercent: number | null;
                                    year: number;
                                }[];
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programs matching the filters as CSV (UTF-8 with BOM for Excel)
         * @description rows=programs (default): one line per program with its total budget and realisation; rows=budgets: one line per budget year of each program.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                    parentId?: string;
                    parentType?: "agreement" | "meeting";
                    /** @description Words of the title, location or description */
                    q?: string;
                    /** @description A region as funder or recipient (see role) */
                    region?: string;
                    /** @description The region's side */
                    role?: "funder" | "recipient";
                    rows?: "programs" | "budgets";
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    status?: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                    /** @description Programs with a budget line in this budget year */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One program with its budget lines and totals per year and overall */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The program (ETag: its version) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                delete: boolean;
                                publish: boolean;
                                report: boolean;
                                update: boolean;
                            };
                            /** @default [] */
                            budgets: {
                                budget: number;
                                /** @default null */
                                note: string | null;
                                /** @default null */
                                realisation: number | null;
                                year: number;
                            }[];
                            createdAt: string;
                            /** @default null */
                            description: string | null;
                            /** @default [] */
                            evidenceLinks: {
                                /** @default null */
                                label: string | null;
                                /** Format: uri */
                                url: string;
                            }[];
                            funderName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            funderOrganizationId: string | null;
                            /** @default null */
                            funderRegionCode: string | null;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @default kemitraan
                             * @enum {string}
                             */
                            kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                            /** @default null */
                            location: string | null;
                            ownerRegionCode: string | null;
                            parent: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                type: "agreement" | "meeting";
                            } | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            parentId: string | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            parentType: "agreement" | "meeting" | null;
                            partyRegionCodes: string[];
                            pendingChanges: {
                                awaitingRegionCodes: string[];
                                canConfirm: boolean;
                                canReject: boolean;
                                consentedRegionCodes: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "remove_parties" | "publish" | "delete";
                                proposedBy: string | null;
                                proposedRegionCode: string | null;
                                publishes: boolean;
                                removeRegionCodes: string[];
                                requiredRegionCodes: string[];
                            }[];
                            /** @default 0 */
                            physicalProgress: number;
                            published: boolean;
                            recipientName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            recipientOrganizationId: string | null;
                            /** @default null */
                            recipientRegionCode: string | null;
                            /** @default [] */
                            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                            /**
                             * @default rencana
                             * @enum {string}
                             */
                            status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                            title: string;
                            totals: {
                                overall: {
                                    budget: number;
                                    realisation: number;
                                    realisationPercent: number | null;
                                };
                                years: {
                                    budget: number;
                                    note: string | null;
                                    realisation: number;
                                    realisationEntered: boolean;
                                    realisationPercent: number | null;
                                    year: number;
                                }[];
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Soft-delete a program
         * @description A program with party regions besides yours waits for their consent (202, decision 009).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description The record has other party regions: the deletion waits for their consent */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeletionPending"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a program (optimistic locking: version); budgets, when sent, replace all lines
         * @description A change that removes a party region or publishes a program shared with other regions waits for their consent (202: the program unchanged, with the pending change; decision 009).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProgramPatch"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                delete: boolean;
                                publish: boolean;
                                report: boolean;
                                update: boolean;
                            };
                            /** @default [] */
                            budgets: {
                                budget: number;
                                /** @default null */
                                note: string | null;
                                /** @default null */
                                realisation: number | null;
                                year: number;
                            }[];
                            createdAt: string;
                            /** @default null */
                            description: string | null;
                            /** @default [] */
                            evidenceLinks: {
                                /** @default null */
                                label: string | null;
                                /** Format: uri */
                                url: string;
                            }[];
                            funderName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            funderOrganizationId: string | null;
                            /** @default null */
                            funderRegionCode: string | null;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @default kemitraan
                             * @enum {string}
                             */
                            kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                            /** @default null */
                            location: string | null;
                            ownerRegionCode: string | null;
                            parent: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                type: "agreement" | "meeting";
                            } | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            parentId: string | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            parentType: "agreement" | "meeting" | null;
                            partyRegionCodes: string[];
                            pendingChanges: {
                                awaitingRegionCodes: string[];
                                canConfirm: boolean;
                                canReject: boolean;
                                consentedRegionCodes: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "remove_parties" | "publish" | "delete";
                                proposedBy: string | null;
                                proposedRegionCode: string | null;
                                publishes: boolean;
                                removeRegionCodes: string[];
                                requiredRegionCodes: string[];
                            }[];
                            /** @default 0 */
                            physicalProgress: number;
                            published: boolean;
                            recipientName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            recipientOrganizationId: string | null;
                            /** @default null */
                            recipientRegionCode: string | null;
                            /** @default [] */
                            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                            /**
                             * @default rencana
                             * @enum {string}
                             */
                            status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                            title: string;
                            totals: {
                                overall: {
                                    budget: number;
                                    realisation: number;
                                    realisationPercent: number | null;
                                };
                                years: {
                                    budget: number;
                                    note: string | null;
                                    realisation: number;
                                    realisationEntered: boolean;
                                    realisationPercent: number | null;
                                    year: number;
                                }[];
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Waiting for the other parties */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                delete: boolean;
                                publish: boolean;
                                report: boolean;
                                update: boolean;
                            };
                            /** @default [] */
                            budgets: {
                                budget: number;
                                /** @default null */
                                note: string | null;
                                /** @default null */
                                realisation: number | null;
                                year: number;
                            }[];
                            createdAt: string;
                            /** @default null */
                            description: string | null;
                            /** @default [] */
                            evidenceLinks: {
                                /** @default null */
                                label: string | null;
                                /** Format: uri */
                                url: string;
                            }[];
                            funderName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            funderOrganizationId: string | null;
                            /** @default null */
                            funderRegionCode: string | null;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @default kemitraan
                             * @enum {string}
                             */
                            kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                            /** @default null */
                            location: string | null;
                            ownerRegionCode: string | null;
                            parent: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                type: "agreement" | "meeting";
                            } | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            parentId: string | null;
                            /**
                             * @default null
                             * @enum {string|null}
                             */
                            parentType: "agreement" | "meeting" | null;
                            partyRegionCodes: string[];
                            pendingChanges: {
                                awaitingRegionCodes: string[];
                                canConfirm: boolean;
                                canReject: boolean;
                                consentedRegionCodes: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "remove_parties" | "publish" | "delete";
                                proposedBy: string | null;
                                proposedRegionCode: string | null;
                                publishes: boolean;
                                removeRegionCodes: string[];
                                requiredRegionCodes: string[];
                            }[];
                            /** @default 0 */
                            physicalProgress: number;
                            published: boolean;
                            recipientName: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            recipientOrganizationId: string | null;
                            /** @default null */
                            recipientRegionCode: string | null;
                            /** @default [] */
                            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                            /**
                             * @default rencana
                             * @enum {string}
                             */
                            status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                            title: string;
                            totals: {
                                overall: {
                                    budget: number;
                                    realisation: number;
                                    realisationPercent: number | null;
                                };
                                years: {
                                    budget: number;
                                    note: string | null;
                                    realisation: number;
                                    realisationEntered: boolean;
                                    realisationPercent: number | null;
                                    year: number;
                                }[];
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/programs/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a program with their versions
         * @description Drafts only for who may read the record without its publication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The actor may upload documents to the record and delete them */
                            canChange: boolean;
                            items: components["schemas"]["RecordDocument"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (or a new version of one) to a program
         * @description Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read (413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only (415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; a file whose text cannot be read is stored all the same, and `textStatus` says why.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: uuid
                         * @description Add the file as the next version of this document
                         */
                        documentId?: string;
                        /**
                         * Format: binary
                         * @description PDF, DOCX, PNG or JPEG (judged by content)
                         */
                        file: string;
                        /** @enum {string} */
                        kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                        note?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                            title: string;
                            version: components["schemas"]["DocumentVersion"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The content is not PDF, DOCX, PNG or JPEG (FILE_TYPE_NOT_ALLOWED) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a document of a program with all its versions
         * @description For who may upload to the record, and only a document their own region added while that region is a party (403 FORBIDDEN, reason DOCUMENT_OF_PARTNER, otherwise). Recorded in the audit trail with the files' hashes.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/documents/{documentId}/versions/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of a document (for who may read the program) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/pending-changes/{changeId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to a pending change of a program for your region; the last consent applies it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: {
                                access: {
                                    delete: boolean;
                                    publish: boolean;
                                    report: boolean;
                                    update: boolean;
                                };
                                /** @default [] */
                                budgets: {
                                    budget: number;
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    realisation: number | null;
                                    year: number;
                                }[];
                                createdAt: string;
                                /** @default null */
                                description: string | null;
                                /** @default [] */
                                evidenceLinks: {
                                    /** @default null */
                                    label: string | null;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                funderName: string | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                funderOrganizationId: string | null;
                                /** @default null */
                                funderRegionCode: string | null;
                                /** Format: uuid */
                                id: string;
                                /**
                                 * @default kemitraan
                                 * @enum {string}
                                 */
                                kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                                /** @default null */
                                location: string | null;
                                ownerRegionCode: string | null;
                                parent: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    type: "agreement" | "meeting";
                                } | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                parentId: string | null;
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                parentType: "agreement" | "meeting" | null;
                                partyRegionCodes: string[];
                                pendingChanges: {
                                    awaitingRegionCodes: string[];
                                    canConfirm: boolean;
                                    canReject: boolean;
                                    consentedRegionCodes: string[];
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "remove_parties" | "publish" | "delete";
                                    proposedBy: string | null;
                                    proposedRegionCode: string | null;
                                    publishes: boolean;
                                    removeRegionCodes: string[];
                                    requiredRegionCodes: string[];
                                }[];
                                /** @default 0 */
                                physicalProgress: number;
                                published: boolean;
                                recipientName: string | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                recipientOrganizationId: string | null;
                                /** @default null */
                                recipientRegionCode: string | null;
                                /** @default [] */
                                sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                /**
                                 * @default rencana
                                 * @enum {string}
                                 */
                                status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                                title: string;
                                totals: {
                                    overall: {
                                        budget: number;
                                        realisation: number;
                                        realisationPercent: number | null;
                                    };
                                    years: {
                                        budget: number;
                                        note: string | null;
                                        realisation: number;
                                        realisationEntered: boolean;
                                        realisationPercent: number | null;
                                        year: number;
                                    }[];
                                };
                                updatedAt: string;
                                version: number;
                            } | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/pending-changes/{changeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (or, as its proposer, withdraw) a pending change of a program */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: {
                                access: {
                                    delete: boolean;
                                    publish: boolean;
                                    report: boolean;
                                    update: boolean;
                                };
                                /** @default [] */
                                budgets: {
                                    budget: number;
                                    /** @default null */
                                    note: string | null;
                                    /** @default null */
                                    realisation: number | null;
                                    year: number;
                                }[];
                                createdAt: string;
                                /** @default null */
                                description: string | null;
                                /** @default [] */
                                evidenceLinks: {
                                    /** @default null */
                                    label: string | null;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                funderName: string | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                funderOrganizationId: string | null;
                                /** @default null */
                                funderRegionCode: string | null;
                                /** Format: uuid */
                                id: string;
                                /**
                                 * @default kemitraan
                                 * @enum {string}
                                 */
                                kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
                                /** @default null */
                                location: string | null;
                                ownerRegionCode: string | null;
                                parent: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    type: "agreement" | "meeting";
                                } | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                parentId: string | null;
                                /**
                                 * @default null
                                 * @enum {string|null}
                                 */
                                parentType: "agreement" | "meeting" | null;
                                partyRegionCodes: string[];
                                pendingChanges: {
                                    awaitingRegionCodes: string[];
                                    canConfirm: boolean;
                                    canReject: boolean;
                                    consentedRegionCodes: string[];
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "remove_parties" | "publish" | "delete";
                                    proposedBy: string | null;
                                    proposedRegionCode: string | null;
                                    publishes: boolean;
                                    removeRegionCodes: string[];
                                    requiredRegionCodes: string[];
                                }[];
                                /** @default 0 */
                                physicalProgress: number;
                                published: boolean;
                                recipientName: string | null;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                recipientOrganizationId: string | null;
                                /** @default null */
                                recipientRegionCode: string | null;
                                /** @default [] */
                                sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
                                /**
                                 * @default rencana
                                 * @enum {string}
                                 */
                                status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
                                title: string;
                                totals: {
                                    overall: {
                                        budget: number;
                                        realisation: number;
                                        realisationPercent: number | null;
                                    };
                                    years: {
                                        budget: number;
                                        note: string | null;
                                        realisation: number;
                                        realisationEntered: boolean;
                                        realisationPercent: number | null;
                                        year: number;
                                    }[];
                                };
                                updatedAt: string;
                                version: number;
                            } | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the 552 regions (provinsi, kabupaten, kota) */
        get: {
            parameters: {
                query?: {
                    level?: "provinsi" | "kabupaten" | "kota";
                    page?: number;
                    pageSize?: number;
                    province?: string;
                    /** @description Name, alias or code; typo tolerant */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of regions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Region"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region with its province and kabupaten/kota */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The region */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionDetail"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/geometry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The simplified boundary of a region as a GeoJSON Feature */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GeoJSON Feature */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            geometry: {
                                coordinates: unknown[];
                                /** @enum {string} */
                                type: "Polygon" | "MultiPolygon";
                            };
                            properties: {
                                code: string;
                                level: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "Feature";
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/good-practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A region's good practices (praktik baik), learned by its visitors; those of visits you may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Good practices, newest visit first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                sector: string | null;
                                topic: string;
                                visit: {
                                    /** Format: uuid */
                                    id: string;
                                    startDate: string | null;
                                    title: string;
                                    visitorNames: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolve a name ("Pemkab Bekasi", "Jabar", "Malang") to a region or candidates */
        get: {
            parameters: {
                query: {
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The resolution */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: components["schemas"]["Region"][];
                            normalized: string;
                            region: components["schemas"]["Region"] | null;
                            /** @enum {string} */
                            status: "resolved" | "ambiguous" | "not_found";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/agreement-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement rules (durations, DPRD conditions, checklists, required documents) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementRules"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace the overrides of the agreement rules (any subset of the rule set) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementRules"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the regions the caller administers */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    regionCode?: string;
                    role?: "system_admin" | "region_admin" | "reviewer" | "opd_officer" | "oversight" | "viewer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user (without a password, a one-time link to choose one is returned) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** Format: uuid */
                        opdId?: string | null;
                        /** @enum {string|null} */
                        oversightScope?: "province" | "national" | null;
                        password?: string;
                        regionCode?: string | null;
                        /** @enum {string} */
                        role: "system_admin" | "region_admin" | "reviewer" | "opd_officer" | "oversight" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            passwordLink: components["schemas"]["PasswordLink"] | null;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, role or OPD, or disable/enable a user (one's own name: any user) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        name?: string;
                        /** Format: uuid */
                        opdId?: string | null;
                        regionCode?: string | null;
                        /** @enum {string} */
                        role?: "system_admin" | "region_admin" | "reviewer" | "opd_officer" | "oversight" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a one-time link for the user to set a new password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Link created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End every session of a user (a lost device, a suspected compromise) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sessions ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work visits (scoped: own regions, jurisdiction, or published), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description With region: visits it made (as visitor) or received (as host) */
                    direction?: "made" | "received";
                    /** @description Visits ending on or after this day */
                    from?: string;
                    kind?: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru";
                    page?: number;
                    pageSize?: number;
                    /** @description Words of the title, place, purpose, outcomes, visitors, delegates, topics */
                    q?: string;
                    /** @description A region taking part, as host or visitor */
                    region?: string;
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    /** @description Visits starting on or before this day */
                    to?: string;
                    /** @description Year of the start date */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of visits */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["VisitListItem"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enter a work visit (your region must be the host or a visitor)
         * @description A broken rule answers 422 RULE_VIOLATION with details: Issue[] (HOST_ONLY_VISITOR, END_BEFORE_START, UNKNOWN_REGION, PARTICIPANT_EMPTY). Good practices are recorded on the host region.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Visit"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visits matching the filters as CSV (UTF-8 with BOM for Excel) */
        get: {
            parameters: {
                query?: {
                    /** @description With region: visits it made (as visitor) or received (as host) */
                    direction?: "made" | "received";
                    /** @description Visits ending on or after this day */
                    from?: string;
                    kind?: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru";
                    /** @description Words of the title, place, purpose, outcomes, visitors, delegates, topics */
                    q?: string;
                    /** @description A region taking part, as host or visitor */
                    region?: string;
                    sector?: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian";
                    /** @description Visits starting on or before this day */
                    to?: string;
                    /** @description Year of the start date */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work visit with its delegation, topics, outcomes and good practices */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The visit (ETag: its version) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Visit"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a work visit (soft delete: kept in the database and the audit trail)
         * @description A visit with party regions besides yours waits for their consent (202, decision 009).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description The record has other party regions: the deletion waits for their consent */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeletionPending"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a work visit (optimistic locking: the version edited)
         * @description Fields absent from the body keep their stored value. A stale version answers 409 VERSION_CONFLICT with details {currentVersion, current}. An edit that removes a party region or publishes a visit shared with other regions waits for their consent (202: the visit unchanged, with the pending change).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitPatch"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Visit"];
                    };
                };
                /** @description Waiting for the other parties */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Visit"];
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/visits/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The documents of a visit with their versions
         * @description Drafts only for who may read the record without its publication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The actor may upload documents to the record and delete them */
                            canChange: boolean;
                            items: components["schemas"]["RecordDocument"][];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (or a new version of one) to a visit
         * @description Multipart form, streamed to storage. The size is capped by MAX_UPLOAD_BYTES while the body is read (413 PAYLOAD_TOO_LARGE); the type is judged by content, not name: PDF, DOCX, PNG, JPEG only (415 FILE_TYPE_NOT_ALLOWED). The text of a PDF is read off the event loop with size and time limits; a file whose text cannot be read is stored all the same, and `textStatus` says why.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: uuid
                         * @description Add the file as the next version of this document
                         */
                        documentId?: string;
                        /**
                         * Format: binary
                         * @description PDF, DOCX, PNG or JPEG (judged by content)
                         */
                        file: string;
                        /** @enum {string} */
                        kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                        note?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
                            title: string;
                            version: components["schemas"]["DocumentVersion"];
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Request body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The content is not PDF, DOCX, PNG or JPEG (FILE_TYPE_NOT_ALLOWED) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a document of a visit with all its versions
         * @description For who may upload to the record, and only a document their own region added while that region is a party (403 FORBIDDEN, reason DOCUMENT_OF_PARTNER, otherwise). Recorded in the audit trail with the files' hashes.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/documents/{documentId}/versions/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of a document (for who may read the visit) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/pending-changes/{changeId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to a pending change of a visit for your region; the last consent applies it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: components["schemas"]["Visit"] | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/pending-changes/{changeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (or, as its proposer, withdraw) a pending change of a visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    changeId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change's status and the record after the decision (null: deleted, or your region removed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: components["schemas"]["Visit"] | null;
                            /** @enum {string} */
                            status: "pending" | "applied" | "rejected";
                        };
                    };
                };
                /** @description Invalid request (the field is named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A domain rule was broken */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Action: {
            access: {
                comment: boolean;
                delete: boolean;
                report: boolean;
                update: boolean;
            };
            completedAt: string | null;
            createdAt: string;
            /** Format: uuid */
            decisionId: string | null;
            description: string | null;
            dueDate: string | null;
            evidenceLinks: {
                label: string | null;
                url: string;
            }[];
            /** Format: uuid */
            id: string;
            opd: {
                abbreviation: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                regionCode: string;
            };
            overdue: boolean;
            ownerRegionCode: string | null;
            parent: {
                /** Format: uuid */
                id: string;
                startDate: string | null;
                title: string;
                /** @enum {string} */
                type: "agreement" | "visit" | "meeting";
            } | null;
            /** Format: uuid */
            parentId: string;
            /** @enum {string} */
            parentType: "agreement" | "visit" | "meeting";
            partyRegionCodes: string[];
            progress: number;
            published: boolean;
            /** @enum {string} */
            status: "direncanakan" | "berjalan" | "selesai" | "batal";
            title: string;
            updatedAt: string;
            version: number;
        };
        ActionComment: {
            authorId: string | null;
            authorName: string | null;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            progress: number | null;
            /** @enum {string|null} */
            status: "direncanakan" | "berjalan" | "selesai" | "batal" | null;
        };
        ActionCommentInput: {
            body: string;
        };
        ActionInput: {
            /**
             * Format: uuid
             * @default null
             */
            decisionId: string | null;
            /** @default null */
            description: string | null;
            /**
             * Format: date
             * @example 2025-06-30
             */
            dueDate?: string;
            /** @default [] */
            evidenceLinks: components["schemas"]["EvidenceLink"][];
            /** Format: uuid */
            opdId: string;
            /** Format: uuid */
            parentId: string;
            /** @enum {string} */
            parentType: "agreement" | "visit" | "meeting";
            /**
             * @description Whole percentage, 0 to 100 (else 422 PROGRESS_OUT_OF_RANGE)
             * @default 0
             * @example 40
             */
            progress: number;
            /**
             * @default direncanakan
             * @enum {string}
             */
            status: "direncanakan" | "berjalan" | "selesai" | "batal";
            title: string;
        };
        ActionListItem: {
            completedAt: string | null;
            createdAt: string;
            /** Format: uuid */
            decisionId: string | null;
            description: string | null;
            dueDate: string | null;
            evidenceLinks: {
                label: string | null;
                url: string;
            }[];
            /** Format: uuid */
            id: string;
            opd: {
                abbreviation: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                regionCode: string;
            };
            overdue: boolean;
            ownerRegionCode: string | null;
            /** Format: uuid */
            parentId: string;
            /** @enum {string} */
            parentType: "agreement" | "visit" | "meeting";
            partyRegionCodes: string[];
            progress: number;
            published: boolean;
            /** @enum {string} */
            status: "direncanakan" | "berjalan" | "selesai" | "batal";
            title: string;
            updatedAt: string;
            version: number;
        };
        ActionPatch: {
            /** Format: uuid */
            decisionId?: string | null;
            description?: string | null;
            /**
             * Format: date
             * @example 2025-06-30
             */
            dueDate?: string;
            evidenceLinks?: components["schemas"]["EvidenceLink"][];
            /** Format: uuid */
            opdId?: string;
            /**
             * @description Whole percentage, 0 to 100 (else 422 PROGRESS_OUT_OF_RANGE)
             * @example 40
             */
            progress?: number;
            /** @enum {string} */
            status?: "direncanakan" | "berjalan" | "selesai" | "batal";
            title?: string;
            /** @description The version you edited; a stale one answers 409 */
            version: number;
        };
        ActionProgress: {
            evidenceLinks?: components["schemas"]["EvidenceLink"][];
            /**
             * @description What was done; kept as a comment with the status and progress
             * @default null
             */
            note: string | null;
            /**
             * @description Whole percentage, 0 to 100 (else 422 PROGRESS_OUT_OF_RANGE)
             * @example 40
             */
            progress: number;
            /** @enum {string} */
            status: "direncanakan" | "berjalan" | "selesai" | "batal";
            version: number;
        };
        ActionSummary: {
            byStatus: {
                batal: number;
                berjalan: number;
                direncanakan: number;
                selesai: number;
            };
            overdue: number;
            progress: number | null;
            total: number;
        };
        Agreement: {
            /** @description What the caller may do on this record (the policy answers) */
            access: {
                publish: boolean;
                update: boolean;
                uploadDocuments: boolean;
            };
            actingSignatory: boolean;
            /** @description The audit history of this record */
            auditUrl: string;
            burdensCommunity: boolean;
            checklist: {
                /** @enum {string} */
                key: "parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review";
                label: {
                    en: string;
                    id: string;
                };
                present: boolean;
            }[];
            /** @description PKS of a KSB, addenda, extension, termination */
            children: components["schemas"]["AgreementSummary"][];
            confirmations: components["schemas"]["Confirmations"];
            content: {
                [key: string]: boolean;
            };
            createdAt: string;
            createdBy: string | null;
            daysUntilExpiry: number | null;
            documents: components["schemas"]["AgreementDocument"][];
            /** @enum {string} */
            documentType: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
            /**
             * @description kedaluwarsa when past validUntil
             * @enum {string}
             */
            effectiveStatus: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri" | "kedaluwarsa";
            /** @enum {string} */
            followUpStatus: "not_applicable" | "followed_up" | "pending" | "overdue";
            fundingNotInCurrentApbd: boolean;
            /** @enum {string} */
            health: "aktif" | "perlu_perhatian" | "dorman" | "berakhir";
            healthReasons: components["schemas"]["AgreementHealthReason"][];
            /** Format: uuid */
            id: string;
            /** @description Warnings of the rules (errors block saves) */
            issues: components["schemas"]["Issue"][];
            /** @enum {string} */
            kind: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
            /** @enum {string|null} */
            ksddNature: "wajib" | "sukarela" | null;
            nextSteps: {
                allowed: boolean;
                missing: components["schemas"]["Requirement"][];
                /** @enum {string} */
                stage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            }[];
            notes: string | null;
            objectScope: string | null;
            ownerRegionCode: string | null;
            parent: components["schemas"]["AgreementSummary"] | null;
            parentId: string | null;
            parties: {
                confirmedAt: string | null;
                confirmedBy: string | null;
                documentNumber: string | null;
                financing: {
                    /** @default null */
                    amount: number | null;
                    /** @default null */
                    note: string | null;
                    /** @enum {string} */
                    source: "apbd" | "apbn" | "swasta" | "hibah" | "lainnya";
                } | null;
                /** Format: uuid */
                id: string;
                /** @description Region code or organisation id (signatories point at it) */
                key: string;
                /** @enum {string} */
                kind: "region" | "organization";
                /** @example Kota Malang */
                name: string;
                obligations: string[];
                organizationId: string | null;
                /** @enum {string|null} */
                organizationKind: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya" | null;
                regionCode: string | null;
                /** @enum {string|null} */
                regionLevel: "provinsi" | "kabupaten" | "kota" | null;
                rights: string[];
                role: string | null;
            }[];
            partyRegionCodes: string[];
            /** @description Changes waiting for the other parties (removing a party, publishing); shown to parties */
            pendingChanges: {
                awaitingRegionCodes: string[];
                canConfirm: boolean;
                canReject: boolean;
                consentedRegionCodes: string[];
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "remove_parties" | "publish" | "delete";
                proposedBy: string | null;
                proposedRegionCode: string | null;
                publishes: boolean;
                removeRegionCodes: string[];
                requiredRegionCodes: string[];
            }[];
            /** @description Region codes yet to confirm */
            pendingConfirmations: string[];
            published: boolean;
            purpose: string | null;
            /** @description OPD pelaksana: the OPD that carry the agreement out */
            responsibleOpds: {
                abbreviation: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                regionCode: string;
            }[];
            sectors: string[];
            signatories: {
                /** @enum {string} */
                actingKind: "definitif" | "pj" | "plt" | "plh";
                /** Format: uuid */
                id: string;
                mandate: {
                    date: string;
                    number: string;
                } | null;
                name: string;
                /** @enum {string} */
                office: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
                officialId: string | null;
                /** Format: uuid */
                partyId: string;
                partyKey: string;
                position: string | null;
            }[];
            signingDate: string | null;
            signingPlace: string | null;
            /** @enum {string} */
            stage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            stageDate: string | null;
            title: string;
            transitions: {
                actorUserId: string | null;
                createdAt: string;
                date: string;
                /** @enum {string|null} */
                fromStage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri" | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                /** @enum {string} */
                toStage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            }[];
            updatedAt: string;
            updatedBy: string | null;
            validFrom: string | null;
            validUntil: string | null;
            version: number;
        };
        AgreementCreate: components["schemas"]["AgreementInput"] & {
            /**
             * @description For agreements made outside Sinergi: the stage they are entered at. Null: the first stage, or for one signed on or before today the stage its data shows (signed, or in force)
             * @default null
             * @enum {string|null}
             */
            entryStage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri" | null;
            /**
             * Format: date
             * @description The day the entry stage was reached. Null: the date its data implies (the signing date, the start of validity) or today. Earlier steps are dated from the signing date and validity, in order
             * @example 2024-08-07
             */
            entryStageDate?: string;
        };
        AgreementDocument: {
            /** @description The actor may delete the document: they may change the record's documents, and it is not a partner's */
            canDelete: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya";
            latestVersion: number;
            /** @description The party region that added the document; null when a system administrator did */
            ownerRegionCode: string | null;
            title: string;
            versions: components["schemas"]["DocumentVersion"][];
        };
        AgreementHealthReason: {
            /** @enum {string} */
            code: "ENDED";
            params: {
                /** @enum {string} */
                stage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            };
        } | {
            /** @enum {string} */
            code: "EXPIRED";
            params: {
                date: string;
            };
        } | {
            /** @enum {string} */
            code: "KSB_WITHOUT_PKS";
            params: {
                months: number;
            };
        } | {
            /** @enum {string} */
            code: "NO_ACTIVITY";
            params: {
                months: number;
            };
        } | {
            /** @enum {string} */
            code: "ACTIONS_OVERDUE";
            params: {
                count: number;
            };
        } | {
            /** @enum {string} */
            code: "NO_EVALUATION_THIS_YEAR";
            params: {
                year: number;
            };
        } | {
            /** @enum {string} */
            code: "EXPIRES_SOON";
            params: {
                days: number;
            };
        };
        AgreementInput: {
            /** @default false */
            burdensCommunity: boolean;
            /** @default {} */
            content: {
                disputeSettlement?: boolean | string;
                duration?: boolean | string;
                financing?: boolean | string;
                followUp?: boolean | string;
                forceMajeure?: boolean | string;
                object?: boolean | string;
                parties?: boolean | string;
                purpose?: boolean | string;
                review?: boolean | string;
                rightsObligations?: boolean | string;
                scope?: boolean | string;
                termination?: boolean | string;
            };
            /** @enum {string} */
            documentType: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
            /** @default false */
            fundingNotInCurrentApbd: boolean;
            /** @enum {string} */
            kind: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
            /**
             * @default null
             * @enum {string|null}
             */
            ksddNature: "wajib" | "sukarela" | null;
            /** @default null */
            notes: string | null;
            /** @default null */
            objectScope: string | null;
            /**
             * Format: uuid
             * @default null
             */
            parentId: string | null;
            parties: ({
                /** @default null */
                documentNumber: string | null;
                /** @default null */
                financing: {
                    /** @default null */
                    amount: number | null;
                    /** @default null */
                    note: string | null;
                    /** @enum {string} */
                    source: "apbd" | "apbn" | "swasta" | "hibah" | "lainnya";
                } | null;
                /** @enum {string} */
                kind: "region";
                /** @default [] */
                obligations: string[];
                regionCode: string;
                /** @default [] */
                rights: string[];
                /** @default null */
                role: string | null;
            } | {
                /** @default null */
                documentNumber: string | null;
                /** @default null */
                financing: {
                    /** @default null */
                    amount: number | null;
                    /** @default null */
                    note: string | null;
                    /** @enum {string} */
                    source: "apbd" | "apbn" | "swasta" | "hibah" | "lainnya";
                } | null;
                /** @enum {string} */
                kind: "organization";
                /** @default [] */
                obligations: string[];
                /** Format: uuid */
                organizationId: string;
                /** @default [] */
                rights: string[];
                /** @default null */
                role: string | null;
            })[];
            /**
             * @description Shown on the public portal
             * @default false
             */
            published: boolean;
            /** @default null */
            purpose: string | null;
            /**
             * @description OPD responsible for carrying it out (OPD pelaksana), each of a party region
             * @default []
             */
            responsibleOpdIds: string[];
            /**
             * @description Keys of taxonomy/sectors.json
             * @default []
             */
            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            /** @default [] */
            signatories: {
                /**
                 * @default definitif
                 * @enum {string}
                 */
                actingKind: "definitif" | "pj" | "plt" | "plh";
                /** @default null */
                mandate: {
                    date: string;
                    number: string;
                } | null;
                name: string;
                /** @enum {string} */
                office: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
                /**
                 * Format: uuid
                 * @default null
                 */
                officialId: string | null;
                partyKey: string;
                /** @default null */
                position: string | null;
            }[];
            /** @default null */
            signingDate: string | null;
            /** @default null */
            signingPlace: string | null;
            title: string;
            /** @default null */
            validFrom: string | null;
            /** @default null */
            validUntil: string | null;
        };
        AgreementListItem: {
            actingSignatory: boolean;
            confirmations: components["schemas"]["Confirmations"];
            deletedAt: string | null;
            /** @enum {string} */
            documentType: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
            /** @enum {string} */
            effectiveStatus: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri" | "kedaluwarsa";
            /** @enum {string} */
            health: "aktif" | "perlu_perhatian" | "dorman" | "berakhir";
            healthReasons: components["schemas"]["AgreementHealthReason"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
            ksddNature: string | null;
            parentId: string | null;
            parties: {
                confirmed: boolean;
                documentNumber: string | null;
                /** @enum {string} */
                kind: "region" | "organization";
                name: string;
                organizationId: string | null;
                regionCode: string | null;
            }[];
            published: boolean;
            sectors: string[];
            signingDate: string | null;
            signingPlace: string | null;
            /** @enum {string} */
            stage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            stageDate: string | null;
            title: string;
            updatedAt: string;
            validFrom: string | null;
            validUntil: string | null;
            version: number;
        };
        AgreementPatch: {
            burdensCommunity?: boolean;
            content?: {
                disputeSettlement?: boolean | string;
                duration?: boolean | string;
                financing?: boolean | string;
                followUp?: boolean | string;
                forceMajeure?: boolean | string;
                object?: boolean | string;
                parties?: boolean | string;
                purpose?: boolean | string;
                review?: boolean | string;
                rightsObligations?: boolean | string;
                scope?: boolean | string;
                termination?: boolean | string;
            };
            /** @enum {string} */
            documentType?: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
            fundingNotInCurrentApbd?: boolean;
            /** @enum {string} */
            kind?: "ksdd" | "ksdpk" | "ksdpl" | "ksdll" | "nota_kesepakatan_pusat";
            /** @enum {string|null} */
            ksddNature?: "wajib" | "sukarela" | null;
            notes?: string | null;
            objectScope?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            parties?: ({
                /** @default null */
                documentNumber: string | null;
                /** @default null */
                financing: {
                    /** @default null */
                    amount: number | null;
                    /** @default null */
                    note: string | null;
                    /** @enum {string} */
                    source: "apbd" | "apbn" | "swasta" | "hibah" | "lainnya";
                } | null;
                /** @enum {string} */
                kind: "region";
                /** @default [] */
                obligations: string[];
                regionCode: string;
                /** @default [] */
                rights: string[];
                /** @default null */
                role: string | null;
            } | {
                /** @default null */
                documentNumber: string | null;
                /** @default null */
                financing: {
                    /** @default null */
                    amount: number | null;
                    /** @default null */
                    note: string | null;
                    /** @enum {string} */
                    source: "apbd" | "apbn" | "swasta" | "hibah" | "lainnya";
                } | null;
                /** @enum {string} */
                kind: "organization";
                /** @default [] */
                obligations: string[];
                /** Format: uuid */
                organizationId: string;
                /** @default [] */
                rights: string[];
                /** @default null */
                role: string | null;
            })[];
            published?: boolean;
            purpose?: string | null;
            /** @description OPD responsible for carrying it out (OPD pelaksana), each of a party region */
            responsibleOpdIds?: string[];
            /** @description Keys of taxonomy/sectors.json */
            sectors?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            signatories?: {
                /**
                 * @default definitif
                 * @enum {string}
                 */
                actingKind: "definitif" | "pj" | "plt" | "plh";
                /** @default null */
                mandate: {
                    date: string;
                    number: string;
                } | null;
                name: string;
                /** @enum {string} */
                office: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
                /**
                 * Format: uuid
                 * @default null
                 */
                officialId: string | null;
                partyKey: string;
                /** @default null */
                position: string | null;
            }[];
            signingDate?: string | null;
            signingPlace?: string | null;
            /**
             * @description The stage the agreement is at. Forward: the steps are added to the history; otherwise the recorded stage is corrected and the history rewritten back-dated (the audit trail keeps the old one)
             * @enum {string}
             */
            stage?: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            /**
             * Format: date
             * @description The day that stage was reached
             * @example 2024-08-07
             */
            stageDate?: string;
            title?: string;
            validFrom?: string | null;
            validUntil?: string | null;
            /** @description The version you edited (or send If-Match); a stale one answers 409 */
            version?: number;
        };
        AgreementRules: {
            defaults: {
                actionDueReminderDays: number;
                contentChecklists: {
                    addendum?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    kesepakatan_bersama?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    nota_kesepahaman?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    pengakhiran?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    perjanjian_kerja_sama?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    perpanjangan?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                };
                dprdApprovalWhen: {
                    burdensCommunity?: boolean;
                    fundingNotInCurrentApbd?: boolean;
                }[];
                entryRequiredDocuments: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                expiryReminderDays: number[];
                health: {
                    expiresSoonDays: number;
                    noActivityMonths: number;
                    overdueActionsForAttention: number;
                };
                ksbFollowUpMonths: number;
                maxFutureDays: number;
                maxValidityYears: {
                    addendum?: number;
                    kesepakatan_bersama?: number;
                    nota_kesepahaman?: number;
                    pengakhiran?: number;
                    perjanjian_kerja_sama?: number;
                    perpanjangan?: number;
                };
                maxValidUntilYears: number;
                minEvaluationsPerBudgetYear: number;
                reporting: {
                    dueDaysAfterPeriod: number;
                    /** @enum {number} */
                    periodMonths: 1;
                };
                requiredDocumentsToLeave: {
                    berakhir?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    diakhiri?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    diperpanjang?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    ksb?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    monitoring_evaluasi?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    pelaksanaan?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    pelaporan?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    penandatanganan_pks?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    penawaran?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    penyusunan_pks?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    persetujuan_dprd?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    persiapan?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                };
            };
            overrides: {
                [key: string]: unknown;
            };
            /** @description The rule set in force (defaults with overrides) */
            rules: {
                actionDueReminderDays: number;
                contentChecklists: {
                    addendum?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    kesepakatan_bersama?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    nota_kesepahaman?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    pengakhiran?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    perjanjian_kerja_sama?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                    perpanjangan?: ("parties" | "purpose" | "object" | "scope" | "rightsObligations" | "duration" | "financing" | "followUp" | "termination" | "forceMajeure" | "disputeSettlement" | "review")[];
                };
                dprdApprovalWhen: {
                    burdensCommunity?: boolean;
                    fundingNotInCurrentApbd?: boolean;
                }[];
                entryRequiredDocuments: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                expiryReminderDays: number[];
                health: {
                    expiresSoonDays: number;
                    noActivityMonths: number;
                    overdueActionsForAttention: number;
                };
                ksbFollowUpMonths: number;
                maxFutureDays: number;
                maxValidityYears: {
                    addendum?: number;
                    kesepakatan_bersama?: number;
                    nota_kesepahaman?: number;
                    pengakhiran?: number;
                    perjanjian_kerja_sama?: number;
                    perpanjangan?: number;
                };
                maxValidUntilYears: number;
                minEvaluationsPerBudgetYear: number;
                reporting: {
                    dueDaysAfterPeriod: number;
                    /** @enum {number} */
                    periodMonths: 1;
                };
                requiredDocumentsToLeave: {
                    berakhir?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    diakhiri?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    diperpanjang?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    ksb?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    monitoring_evaluasi?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    pelaksanaan?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    pelaporan?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    penandatanganan_pks?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    penawaran?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    penyusunan_pks?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    persetujuan_dprd?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                    persiapan?: ("kerangka_acuan" | "surat_penawaran" | "draft" | "signed" | "surat_kuasa" | "persetujuan_dprd" | "evaluasi" | "laporan" | "pengakhiran" | "lainnya")[];
                };
            };
            updatedAt: string | null;
        };
        AgreementSaved: components["schemas"]["Agreement"] & {
            warnings: components["schemas"]["Issue"][];
        };
        AgreementSummary: {
            /** @enum {string} */
            documentType: "kesepakatan_bersama" | "perjanjian_kerja_sama" | "nota_kesepahaman" | "addendum" | "perpanjangan" | "pengakhiran";
            /** @enum {string} */
            effectiveStatus: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri" | "kedaluwarsa";
            /** Format: uuid */
            id: string;
            kind: string;
            signingDate: string | null;
            /** @enum {string} */
            stage: "persiapan" | "penawaran" | "ksb" | "penyusunan_pks" | "persetujuan_dprd" | "penandatanganan_pks" | "pelaksanaan" | "monitoring_evaluasi" | "pelaporan" | "berakhir" | "diperpanjang" | "diakhiri";
            title: string;
            validFrom: string | null;
            validUntil: string | null;
        };
        ApiToken: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            permissions: string[] | null;
            prefix: string;
            revokedAt: string | null;
        };
        AuditEntry: {
            action: string;
            actorIp: string | null;
            actorName: string | null;
            actorUserId: string | null;
            at: string;
            changes?: unknown;
            /** @description The X-Request-Id the client sent (untrusted); requestId is the server id */
            clientRequestId: string | null;
            entityId: string;
            entityTitle: string | null;
            entityType: string;
            id: number;
            note: string | null;
            referenceNames: {
                [key: string]: string;
            };
            regionCodes: string[];
            requestId: string | null;
        };
        /** @description "dikonfirmasi 1 dari 2 pihak": region parties that confirmed */
        Confirmations: {
            confirmed: number;
            total: number;
        };
        Dashboard: {
            actions: {
                dueThisMonth: {
                    byOpd: {
                        count: number;
                        opdId: string;
                        opdName: string;
                        regionCode: string;
                    }[];
                    from: string;
                    to: string;
                };
                overdue: number;
            };
            agenda: {
                items: {
                    date: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "agreement_expires" | "action_due";
                    title: string;
                }[];
                /** @example 2026-12 */
                month: string;
            }[];
            agreements: {
                /** @description null: the reader confirms for no party region */
                awaitingMyConfirmation: number | null;
                byHealth: {
                    aktif: number;
                    berakhir: number;
                    dorman: number;
                    perlu_perhatian: number;
                };
                expiringWithin30: number;
                expiringWithin90: number;
                ksbWithoutPks: number;
            };
            /** @description null while this installation records no evaluations */
            evaluationsDue: {
                agreements: number;
                required: number;
                year: number;
            } | null;
            latestMeetings: {
                date: string | null;
                /** Format: uuid */
                id: string;
                kind: string;
                title: string;
            }[];
            latestVisits: {
                date: string | null;
                /** Format: uuid */
                id: string;
                kind: string;
                title: string;
            }[];
            scope: {
                /** @enum {string} */
                kind: "public" | "opd" | "jurisdiction" | "region" | "national";
                opdId: string | null;
                regionCode: string | null;
            };
            /** @description An OPD officer's task list: their OPD's follow-up actions */
            tasks: {
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                parentId: string;
                parentType: string;
                progress: number;
                status: string;
                title: string;
            }[] | null;
            today: string;
        };
        DeletionPending: {
            /** @enum {boolean} */
            ok: false;
            pendingChange: {
                awaitingRegionCodes: string[];
                canConfirm: boolean;
                canReject: boolean;
                consentedRegionCodes: string[];
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "remove_parties" | "publish" | "delete";
                proposedBy: string | null;
                proposedRegionCode: string | null;
                publishes: boolean;
                removeRegionCodes: string[];
                requiredRegionCodes: string[];
            };
        };
        DocumentVersion: {
            contentType: string;
            createdAt: string;
            createdBy: string | null;
            downloadUrl: string;
            fileName: string;
            /** @description Text was extracted (PDF); an agreement's feeds search */
            hasText: boolean;
            note: string | null;
            sha256: string;
            sizeBytes: number;
            /**
             * @description What became of the text: extracted, empty (a scan or locked), failed_too_large, failed_timeout, failed_unreadable, or unsupported (not a PDF)
             * @enum {string}
             */
            textStatus: "extracted" | "empty" | "failed_too_large" | "failed_timeout" | "failed_unreadable" | "unsupported";
            version: number;
        };
        DuplicateCandidate: {
            documentType: string;
            /** Format: uuid */
            id: string;
            kind: string;
            ownerRegionCode: string | null;
            parties: {
                confirmed: boolean;
                /** @enum {string} */
                kind: "region" | "organization";
                name: string;
                organizationId: string | null;
                regionCode: string | null;
            }[];
            score: number;
            signingDate: string | null;
            title: string;
        };
        Error: {
            error: {
                /** @example REGION_NOT_FOUND */
                code: string;
                details?: unknown;
                field?: string;
                message: string;
                requestId?: string;
            };
        };
        Evaluation: {
            agreementId: string;
            createdAt: string;
            evaluatorRegionCode: string | null;
            /** @enum {string} */
            evaluatorRole: "opd_pelaksana" | "bagian_kerja_sama" | "mitra";
            evidenceLinks: {
                label: string | null;
                url: string;
            }[];
            followUp: string | null;
            id: string;
            indicators: {
                actual: number | null;
                baseline: number | null;
                name: string;
                target: number | null;
                unit: string;
            }[];
            narrative: string | null;
            /** @example 2026-S1 */
            period: string;
            periodEnd: string;
            periodStart: string;
            problems: string | null;
            ratings: {
                [key: string]: number;
            };
            updatedAt: string;
            version: number;
        };
        /** @description { period: "2026-S1" (periods follow the rule minEvaluationsPerBudgetYear), evaluatorRole: opd_pelaksana | bagian_kerja_sama | mitra, indicators: [{ name, unit, baseline, target, actual }] (numbers), ratings: { manfaat, pelaksanaan, koordinasi, anggaran, keberlanjutan: 1..5 }, narrative, problems, followUp, evidenceLinks: [{ url, label }] }. PATCH: the same fields but evaluatorRole, with version. */
        EvaluationInput: {
            [key: string]: unknown;
        };
        EvaluationStatus: {
            asOf: string;
            due: string[];
            /** @description The evaluation forms you may write */
            forms: ("opd_pelaksana" | "bagian_kerja_sama" | "mitra")[];
            hasEvaluationThisYear: boolean;
            nextDueDate: string | null;
            nextReport: {
                dueDate: string;
                end: string;
                start: string;
            };
            overdueSince: string | null;
            periods: {
                dueDate: string;
                end: string;
                evaluatorRoles: ("opd_pelaksana" | "bagian_kerja_sama" | "mitra")[];
                key: string;
                start: string;
                /** @enum {string} */
                status: "done" | "berjalan" | "jatuh_tempo" | "terlambat";
                year: number;
            }[];
            progress: {
                done: number;
                missing: number;
                required: number;
                year: number;
            };
        };
        EvidenceLink: {
            /** @default null */
            label: string | null;
            /** Format: uri */
            url: string;
        };
        FailedJob: {
            attempts: number;
            createdAt: string;
            data?: unknown;
            /** @description The error of its last attempt */
            error: string;
            failedAt: string | null;
            id: string;
            /** @description The job: reminders-sweep, notifications-dispatch, notifications-email */
            name: string;
        };
        Health: {
            /** @enum {string} */
            database: "pglite" | "postgresql";
            migrations: number;
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        IngestMatch: components["schemas"]["AgreementListItem"] & {
            /** @description Days between the signing and the date */
            daysApart: number | null;
            sharedParties: number;
        };
        Issue: {
            /** @example ACTING_SIGNATORY */
            code: string;
            field: string | null;
            message: string;
            params?: {
                [key: string]: string | number;
            };
            /** @enum {string} */
            severity: "error" | "warning";
        };
        Link: components["schemas"]["LinkInput"] & {
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        LinkInput: {
            /** Format: uuid */
            fromId: string;
            /** @enum {string} */
            fromType: "agreement" | "visit" | "meeting" | "action" | "program";
            /** Format: uuid */
            toId: string;
            /** @enum {string} */
            toType: "agreement" | "visit" | "meeting" | "action" | "program";
        };
        Me: {
            csrfToken: string | null;
            permissions: ("account:manage" | "user:read" | "user:manage" | "opd:read" | "opd:manage" | "audit:read" | "agreement:read" | "agreement:create" | "agreement:update" | "agreement:delete" | "agreement:restore" | "agreement:transition" | "agreement:review" | "agreement:confirm" | "document:read" | "document:upload" | "record:read" | "record:create" | "record:update" | "record:delete" | "action:report" | "evaluation:write" | "organization:read" | "organization:manage" | "official:read" | "official:manage" | "ingest:extract" | "ingest:save" | "report:read" | "settings:manage" | "job:manage")[];
            setupNeeded: boolean;
            user: components["schemas"]["User"] | null;
        };
        Meeting: {
            access: {
                delete: boolean;
                publish: boolean;
                update: boolean;
            };
            agenda: string | null;
            createdAt: string;
            date: string | null;
            decisions: {
                actionIds: string[];
                /** Format: uuid */
                id: string;
                position: number;
                text: string;
            }[];
            hostRegionCode: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "audiensi" | "rapat_koordinasi" | "pertemuan_lain";
            notes: string | null;
            ownerRegionCode: string | null;
            participants: {
                /** @enum {string} */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string | null;
                opdId: string | null;
                organizationId: string | null;
                regionCode: string | null;
            }[];
            partyRegionCodes: string[];
            pendingChanges: {
                awaitingRegionCodes: string[];
                canConfirm: boolean;
                canReject: boolean;
                consentedRegionCodes: string[];
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "remove_parties" | "publish" | "delete";
                proposedBy: string | null;
                proposedRegionCode: string | null;
                publishes: boolean;
                removeRegionCodes: string[];
                requiredRegionCodes: string[];
            }[];
            persons: {
                /** @enum {string} */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                post: string | null;
                regionCode: string | null;
            }[];
            place: string | null;
            published: boolean;
            sectors: string[];
            summary: string | null;
            title: string;
            updatedAt: string;
            version: number;
        };
        MeetingInput: {
            /** @default null */
            agenda: string | null;
            /** @default null */
            date: string | null;
            /** @default [] */
            decisions: {
                /**
                 * Format: uuid
                 * @default null
                 */
                id: string | null;
                text: string;
            }[];
            /** @default null */
            hostRegionCode: string | null;
            /**
             * @default audiensi
             * @enum {string}
             */
            kind: "audiensi" | "rapat_koordinasi" | "pertemuan_lain";
            /** @default null */
            notes: string | null;
            participants: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                /** @default null */
                name: string | null;
                /**
                 * Format: uuid
                 * @default null
                 */
                opdId: string | null;
                /**
                 * Format: uuid
                 * @default null
                 */
                organizationId: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
            /** @default [] */
            persons: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                /** @default null */
                post: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
            /** @default null */
            place: string | null;
            /**
             * @description Shown on the public portal
             * @default false
             */
            published: boolean;
            /** @default [] */
            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            /** @default null */
            summary: string | null;
            title: string;
        };
        MeetingList: {
            items: {
                date: string | null;
                hostRegionCode: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "audiensi" | "rapat_koordinasi" | "pertemuan_lain";
                partyRegionCodes: string[];
                place: string | null;
                published: boolean;
                sectors: string[];
                title: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        MeetingUpdate: components["schemas"]["MeetingInput"] & {
            /** @description The version you edited; a stale one answers 409 */
            version: number;
        };
        Notification: {
            createdAt: string;
            emailedAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "agreement_expiry" | "ksb_without_pks" | "action_due" | "action_overdue" | "confirmation_cleared" | "evaluation_due" | "partner_record" | "pending_change";
            params: {
                [key: string]: unknown;
            };
            /** @description The UI path of the record */
            path: string;
            readAt: string | null;
            recordId: string;
            recordType: string;
        };
        NotificationPreferences: {
            email: {
                action_due: boolean;
                action_overdue: boolean;
                agreement_expiry: boolean;
                confirmation_cleared: boolean;
                evaluation_due: boolean;
                ksb_without_pks: boolean;
                partner_record: boolean;
                pending_change: boolean;
            };
        };
        OfficialTerm: {
            /** @enum {string} */
            actingKind: "definitif" | "pj" | "plt" | "plh";
            createdAt: string;
            /**
             * Format: date
             * @description Null while the term runs
             */
            end: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            office: "gubernur" | "wakil_gubernur" | "bupati" | "wakil_bupati" | "wali_kota" | "wakil_wali_kota" | "sekretaris_daerah" | "kepala_opd" | "ketua_dprd" | "lainnya";
            /** @example Gani Muhamad */
            personName: string;
            /** @example 32.75 */
            regionCode: string;
            /** Format: date */
            start: string;
        };
        Opd: {
            abbreviation: string | null;
            createdAt: string;
            id: string;
            name: string;
            regionCode: string;
            sectorKeys: string[];
        };
        Organization: {
            /** @example ID */
            country: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "npwp": "00.000.000.0-000.000"
             *     }
             */
            identifiers: {
                [key: string]: string;
            };
            /** @enum {string} */
            kind: "perusahaan" | "universitas" | "lsm" | "instansi_vertikal" | "bumn_bumd" | "pemerintah_asing" | "lembaga_asing" | "pemerintah_pusat" | "lainnya";
            /** @example Universitas Brawijaya */
            name: string;
            /** @description The region whose administrators may change the entry (null: only a system administrator) */
            ownerRegionCode: string | null;
            /** @description Where the organisation is based */
            regionCode: string | null;
            updatedAt: string;
        };
        Oversight: {
            evaluationsRecorded: boolean;
            /** @description null: the national view (rows are provinces) */
            province: string | null;
            rows: {
                byHealth: {
                    aktif: number;
                    berakhir: number;
                    dorman: number;
                    perlu_perhatian: number;
                };
                dormantShare: number;
                name: string;
                /** @description Agreements in force without an evaluation this year; null if not recorded */
                notEvaluatedThisYear: number | null;
                regionCode: string;
                sectors: {
                    count: number;
                    sector: string;
                }[];
                total: number;
            }[];
            year: number;
        };
        PasswordLink: {
            expiresAt: string;
            /** @description Absolute when PUBLIC_URL is set; otherwise a path (/atur-sandi?token=...) on this site */
            url: string;
        };
        ProgramInput: {
            /** @default [] */
            budgets: {
                budget: number;
                /** @default null */
                note: string | null;
                /** @default null */
                realisation: number | null;
                year: number;
            }[];
            /** @default null */
            description: string | null;
            /** @default [] */
            evidenceLinks: {
                /** @default null */
                label: string | null;
                /** Format: uri */
                url: string;
            }[];
            /**
             * Format: uuid
             * @default null
             */
            funderOrganizationId: string | null;
            /** @default null */
            funderRegionCode: string | null;
            /**
             * @default kemitraan
             * @enum {string}
             */
            kind: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
            /** @default null */
            location: string | null;
            /**
             * Format: uuid
             * @default null
             */
            parentId: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            parentType: "agreement" | "meeting" | null;
            /**
             * @description Physical progress, percent
             * @default 0
             */
            physicalProgress: number;
            /**
             * @description Shown on the public portal
             * @default false
             */
            published: boolean;
            /**
             * Format: uuid
             * @default null
             */
            recipientOrganizationId: string | null;
            /** @default null */
            recipientRegionCode: string | null;
            /** @default [] */
            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            /**
             * @default rencana
             * @enum {string}
             */
            status: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
            title: string;
        };
        ProgramPatch: {
            /** @description Replaces every budget line */
            budgets?: {
                budget: number;
                /** @default null */
                note: string | null;
                /** @default null */
                realisation: number | null;
                year: number;
            }[];
            description?: string | null;
            evidenceLinks?: {
                /** @default null */
                label: string | null;
                /** Format: uri */
                url: string;
            }[];
            /** Format: uuid */
            funderOrganizationId?: string | null;
            funderRegionCode?: string | null;
            /** @enum {string} */
            kind?: "kemitraan" | "bantuan_keuangan" | "hibah" | "program_lain";
            location?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            /** @enum {string|null} */
            parentType?: "agreement" | "meeting" | null;
            /** @description Physical progress, percent */
            physicalProgress?: number;
            /** @description Shown on the public portal */
            published?: boolean;
            /** Format: uuid */
            recipientOrganizationId?: string | null;
            recipientRegionCode?: string | null;
            sectors?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            /** @enum {string} */
            status?: "rencana" | "berjalan" | "selesai" | "outstanding" | "batal";
            title?: string;
            /** @description The version you edited; a stale one answers 409 VERSION_CONFLICT */
            version: number;
        };
        RecordDocument: {
            /** @description The actor may delete the document: they may change the record's documents, and it is not a partner's */
            canDelete: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "bukti" | "laporan" | "notulen" | "foto" | "undangan" | "draft" | "lainnya";
            latestVersion: number;
            /** @description The party region that added the document; null when a system administrator did */
            ownerRegionCode: string | null;
            title: string;
            versions: components["schemas"]["DocumentVersion"][];
        };
        Region: {
            /** @description False for DKI Jakarta administrative kota/kabupaten */
            autonomous: boolean;
            /** @example 32.75 */
            code: string;
            lat: number;
            /** @enum {string} */
            level: "provinsi" | "kabupaten" | "kota";
            lng: number;
            /** @example Kota Bekasi */
            name: string;
            /** @example 32 */
            provinceCode: string | null;
            /** @example Jawa Barat */
            provinceName: string | null;
        };
        RegionDetail: components["schemas"]["Region"] & {
            children: components["schemas"]["Region"][];
            province: components["schemas"]["Region"] | null;
        };
        Requirement: {
            code: string;
            field: string | null;
            /** @enum {string} */
            kind: "role" | "condition" | "data" | "document";
            message: string;
            params?: {
                [key: string]: string | number;
            };
        };
        User: {
            createdAt: string;
            disabled: boolean;
            email: string;
            /** Format: uuid */
            id: string;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "id" | "en";
            name: string;
            opdId: string | null;
            /** @enum {string|null} */
            oversightScope: "province" | "national" | null;
            regionCode: string | null;
            /** @enum {string} */
            role: "system_admin" | "region_admin" | "reviewer" | "opd_officer" | "oversight" | "viewer";
        };
        Visit: components["schemas"]["VisitListItem"] & {
            access: {
                delete: boolean;
                publish: boolean;
                report: boolean;
                update: boolean;
            };
            createdAt: string;
            delegates: {
                /** @enum {string} */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                post: string | null;
                regionCode: string | null;
            }[];
            goodPractices: {
                description: string | null;
                /** Format: uuid */
                id: string;
                sector: string | null;
                topic: string;
            }[];
            hosts: {
                /** @enum {string} */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                post: string | null;
                regionCode: string | null;
            }[];
            notes: string | null;
            outcomes: string | null;
            ownerRegionCode: string | null;
            /** @description Changes waiting for the other parties (decision 009); only for its parties */
            pendingChanges: {
                awaitingRegionCodes: string[];
                canConfirm: boolean;
                canReject: boolean;
                consentedRegionCodes: string[];
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "remove_parties" | "publish" | "delete";
                proposedBy: string | null;
                proposedRegionCode: string | null;
                publishes: boolean;
                removeRegionCodes: string[];
                requiredRegionCodes: string[];
            }[];
            purpose: string | null;
            topics: {
                sector: string | null;
                text: string;
            }[];
        };
        VisitInput: {
            /** @default [] */
            delegates: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                /** @default null */
                post: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
            /** @default null */
            endDate: string | null;
            /** @default [] */
            goodPractices: {
                /** @default null */
                description: string | null;
                /**
                 * @default null
                 * @enum {string|null}
                 */
                sector: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                topic: string;
            }[];
            hostRegionCode: string;
            /** @default [] */
            hosts: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                /** @default null */
                post: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
            /**
             * @default kunjungan_kerja
             * @enum {string}
             */
            kind: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru";
            /** @default null */
            notes: string | null;
            /** @default null */
            outcomes: string | null;
            /** @default null */
            place: string | null;
            /**
             * @description Shown on the public portal
             * @default false
             */
            published: boolean;
            /** @default null */
            purpose: string | null;
            /** @default [] */
            sectors: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            /** @default null */
            startDate: string | null;
            title: string;
            /** @default [] */
            topics: {
                /**
                 * @default null
                 * @enum {string|null}
                 */
                sector: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                text: string;
            }[];
            visitors: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                /** @default null */
                name: string | null;
                /**
                 * Format: uuid
                 * @default null
                 */
                opdId: string | null;
                /**
                 * Format: uuid
                 * @default null
                 */
                organizationId: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
        };
        VisitListItem: {
            endDate: string | null;
            hostRegionCode: string;
            hostRegionName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru";
            partyRegionCodes: string[];
            place: string | null;
            published: boolean;
            sectors: string[];
            startDate: string | null;
            title: string;
            updatedAt: string;
            version: number;
            visitors: {
                /** @enum {string} */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string | null;
                opdId: string | null;
                organizationId: string | null;
                regionCode: string | null;
            }[];
        };
        VisitPatch: {
            delegates?: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                /** @default null */
                post: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
            endDate?: string | null;
            goodPractices?: {
                /** @default null */
                description: string | null;
                /**
                 * @default null
                 * @enum {string|null}
                 */
                sector: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                topic: string;
            }[];
            hostRegionCode?: string;
            hosts?: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                name: string;
                /** @default null */
                post: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
            /** @enum {string} */
            kind?: "kunjungan_kerja" | "studi_banding" | "studi_komparasi" | "studi_tiru";
            notes?: string | null;
            outcomes?: string | null;
            place?: string | null;
            published?: boolean;
            purpose?: string | null;
            sectors?: ("pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian")[];
            startDate?: string | null;
            title?: string;
            topics?: {
                /**
                 * @default null
                 * @enum {string|null}
                 */
                sector: "pendidikan" | "kesehatan" | "pekerjaan_umum_penataan_ruang" | "perumahan_kawasan_permukiman" | "ketenteraman_ketertiban_umum" | "penanggulangan_bencana" | "sosial" | "tenaga_kerja" | "pemberdayaan_perempuan_perlindungan_anak" | "pangan" | "pertanahan" | "lingkungan_hidup" | "administrasi_kependudukan" | "pemberdayaan_masyarakat_desa" | "pengendalian_penduduk_kb" | "perhubungan" | "komunikasi_informatika" | "koperasi_ukm" | "penanaman_modal" | "kepemudaan_olahraga" | "statistik" | "persandian" | "kebudayaan" | "perpustakaan" | "kearsipan" | "kelautan_perikanan" | "pariwisata" | "ekonomi_kreatif" | "pertanian" | "kehutanan" | "energi_sumber_daya_mineral" | "perdagangan" | "perindustrian" | "transmigrasi" | "perencanaan_pembangunan" | "keuangan_daerah" | "kepegawaian_sdm_aparatur" | "penelitian_pengembangan_inovasi" | "pemerintahan_umum" | "pelayanan_publik" | "perekonomian" | null;
                text: string;
            }[];
            /** @description The version you edited; a stale one answers 409 VERSION_CONFLICT */
            version: number;
            visitors?: {
                /**
                 * @default pemda
                 * @enum {string}
                 */
                institution: "pemda" | "dprd" | "opd" | "lainnya";
                /** @default null */
                name: string | null;
                /**
                 * Format: uuid
                 * @default null
                 */
                opdId: string | null;
                /**
                 * Format: uuid
                 * @default null
                 */
                organizationId: string | null;
                /** @default null */
                regionCode: string | null;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
