package io.vigil.topology.ingress;

/** Names of the ingress sub-topology's processors, stores and internal topics; stable, because changelogs use them. */
public final class IngressNames {

    public static final String BUCKET_ACTIVITY_STORE = "ingress-bucket-activity";
    public static final String OBJECT_IDENTITY_STORE = "ingress-object-identities";

    /** The repartition topic of {@link #EVENTS_BY_BUCKET}, after the application id. */
    public static final String EVENTS_BY_BUCKET_TOPIC = "ingress-events-by-bucket-repartition";

    static final String READ_OBJECT_EVENTS = "ingress-read-object-events";
    static final String DROP_DUPLICATES = "ingress-drop-duplicates";
    static final String KEY_BY_BUCKET = "ingress-key-by-bucket";
    static final String EVENTS_BY_BUCKET = "ingress-events-by-bucket";
    static final String FOLD_BUCKET_ACTIVITY = "ingress-fold-bucket-activity";

    private IngressNames() {}
}
