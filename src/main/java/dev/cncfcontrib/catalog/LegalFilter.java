package dev.cncfcontrib.catalog;

/** The legal requirements {@code list --legal} can select: each kind, and "any CLA". */
public enum LegalFilter implements Identified {
    DCO("dco", "a DCO sign-off and no agreement to sign"),
    CLA("cla", "any contributor license agreement (CNCF, another, or one with a DCO)"),
    CNCF_CLA("cncf-cla", "the CNCF CLA through LF EasyCLA"),
    OTHER_CLA("other-cla", "another named CLA"),
    DCO_AND_CLA("dco-and-cla", "both a DCO sign-off and a CLA"),
    NONE("none", "nothing, as the project states"),
    UNKNOWN("unknown", "not stated by the project, or not yet read");

    private final String id;
    private final String description;

    LegalFilter(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public boolean matches(Legal legal) {
        LegalKind kind = legal.kind();
        return switch (this) {
            case DCO -> kind == LegalKind.DCO;
            case CLA -> kind.needsCla();
            case CNCF_CLA -> kind == LegalKind.CNCF_CLA;
            case OTHER_CLA -> kind == LegalKind.OTHER_CLA;
            case DCO_AND_CLA -> kind == LegalKind.DCO_AND_CLA;
            case NONE -> kind == LegalKind.NONE;
            case UNKNOWN -> kind == LegalKind.UNKNOWN;
        };
    }
}
