package dev.cncfcontrib.catalog;

/** The legal requirements {@code list --legal} can select: each kind, and "any CLA". */
public enum LegalFilter implements Identified {
    DCO("a DCO sign-off and no agreement to sign"),
    CLA("any contributor license agreement (CNCF, another, or one with a DCO)"),
    CNCF_CLA("the CNCF CLA through LF EasyCLA"),
    OTHER_CLA("another named CLA"),
    DCO_AND_CLA("both a DCO sign-off and a CLA"),
    NONE("nothing, as the project states"),
    UNKNOWN("not stated by the project, or not yet read");

    private final String description;

    LegalFilter(String description) {
        this.description = description;
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
