package se.kompetenskedjan.support;

/** The demo region's accounts (see DemoRegion), one or more per role. */
public final class DemoUsers {

    public static final String PLATFORM_ADMIN = "admin";
    public static final String ADMIN = "admin.alvstad";
    public static final String COORDINATOR = "koordinator";
    public static final String OTHER_MUNICIPALITY_COORDINATOR = "koordinator.bergsjo";
    public static final String EMPLOYER_MANAGER = "chef";
    public static final String PRIVATE_EMPLOYER_MANAGER = "chef.privat";
    public static final String SUPERVISOR = "handledare";
    public static final String TEACHER = "larare";
    public static final String ANALYST = "analytiker";
    public static final String PARTICIPANT = "deltagare";
    /** A coordinator at Arbetsförmedlingen Älvstad: sees other organisations' participants only through consent. */
    public static final String EMPLOYMENT_SERVICE_COORDINATOR = "af.handlaggare";
    public static final String[] ALL = {PLATFORM_ADMIN, ADMIN, COORDINATOR, OTHER_MUNICIPALITY_COORDINATOR,
            EMPLOYER_MANAGER, PRIVATE_EMPLOYER_MANAGER, SUPERVISOR, TEACHER, ANALYST, PARTICIPANT,
            EMPLOYMENT_SERVICE_COORDINATOR};

    private DemoUsers() {
    }
}
