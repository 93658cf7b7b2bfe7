package newsarchive.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The archive's Solr configset (schema, settings, stop words, stems), shipped in the jar and
 * uploaded to the cluster under a name that changes with its content, so a collection built with an
 * older one keeps it until a full rebuild.
 */
final class Configset {

  private static final String FOLDER = "/newsarchive/search/solr/configset/";
  private static final List<String> FILES =
      List.of("schema.xml", "solrconfig.xml", "stopwords.txt", "stemdict.txt");

  private Configset() {}

  /** The configset's name on the cluster: {@code newsarchive-} and a digest of its files. */
  static String name() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String file : FILES) {
        digest.update(read(file));
      }
      return "newsarchive-" + HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Upload the configset unless the cluster already has it; its name. */
  static String upload(SolrClient client) throws IOException {
    String name = name();
    try {
      List<String> present = new ConfigSetAdminRequest.List().process(client).getConfigSets();
      if (!present.contains(name)) {
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zip(), name);
        zip.setContentType("application/octet-stream");
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName(name)
            .setUploadStream(zip)
            .process(client);
      }
      return name;
    } catch (SolrServerException e) {
      throw new IOException("cannot upload the configset " + name + ": " + e.getMessage(), e);
    }
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        zip.putNextEntry(new ZipEntry(file));
        zip.write(read(file));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] read(String file) {
    try (InputStream in = Configset.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + FOLDER + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
