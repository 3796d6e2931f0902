package dev.cncfcontrib.live;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues pre-digested for the cache, so that a cached answer is read without a JSON parser: starting Jackson costs
 * a cached {@code issues} more than reading the answer does. The server's JSON stays in the cache beside it and
 * is read when the digest cannot be (another version, a damaged file).
 */
final class IssueDigest implements CachedGet.Digest<List<Issue>> {

    static final IssueDigest INSTANCE = new IssueDigest();

    private static final int VERSION = 1;

    private IssueDigest() {
    }

    @Override
    public byte[] encode(List<Issue> issues) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * Math.max(1, issues.size()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(issues.size());
            for (Issue issue : issues) {
                out.writeByte(issue.source().ordinal());
                out.writeUTF(issue.project());
                out.writeUTF(issue.repository());
                out.writeLong(issue.number());
                out.writeUTF(issue.title());
                out.writeUTF(issue.url());
                writeList(out, issue.languages());
                writeList(out, issue.labels());
                out.writeByte((issue.goodFirstIssue() ? 1 : 0) | (issue.mentorAvailable() ? 2 : 0) | (issue.linkedPullRequest() ? 4 : 0));
                out.writeLong(issue.publishedMillis());
            }
        } catch (UTFDataFormatException tooLong) {
            return null; // a text over 64 kB: the JSON stays the only copy
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void writeList(DataOutputStream out, List<String> texts) throws IOException {
        out.writeShort(Math.min(texts.size(), Short.MAX_VALUE));
        for (String text : texts.subList(0, Math.min(texts.size(), Short.MAX_VALUE))) {
            out.writeUTF(text);
        }
    }

    @Override
    public List<Issue> decode(byte[] digest) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(digest));
        if (in.readByte() != VERSION) {
            throw new IOException("another digest version");
        }
        int count = in.readInt();
        if (count < 0 || count > digest.length) {
            throw new IOException("damaged digest");
        }
        Issue.Source[] sources = Issue.Source.values();
        List<Issue> issues = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int source = in.readByte();
            if (source < 0 || source >= sources.length) {
                throw new IOException("damaged digest");
            }
            String project = in.readUTF();
            String repository = in.readUTF();
            long number = in.readLong();
            String title = in.readUTF();
            String url = in.readUTF();
            List<String> languages = readList(in);
            List<String> labels = readList(in);
            int flags = in.readByte();
            issues.add(new Issue(sources[source], project, repository, number, title, url, languages, labels, (flags & 1) != 0,
                    (flags & 2) != 0, in.readLong(), (flags & 4) != 0));
        }
        if (in.read() != -1) {
            throw new IOException("damaged digest");
        }
        return issues;
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int size = in.readShort();
        if (size < 0) {
            throw new IOException("damaged digest");
        }
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(in.readUTF());
        }
        return texts;
    }
}
