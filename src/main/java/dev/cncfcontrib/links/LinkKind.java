package dev.cncfcontrib.links;

import dev.cncfcontrib.catalog.Identified;

/** What a catalog link is for, as {@code links --kind} names it. */
public enum LinkKind implements Identified {
    /** Homepage, contributor guide, CLA signing page, a group's website, a successor. */
    GUIDE,
    /** The main repository and the other repositories. */
    REPO,
    /** Chat invitations and channels. */
    CHAT,
    /** Mailing lists, forums and discussion boards. */
    LIST
}
