package academy.xinfang.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A {@code ##} section of a module version with its rendered HTML; the key is the stable id from the file. */
@Entity
@Table(name = "version_section")
public class VersionSection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ModuleVersion version;

    @Column(name = "section_key", nullable = false, length = 64)
    private String key;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private int position;

    @Lob
    @Column(nullable = false)
    private String html;

    protected VersionSection() {}

    VersionSection(ModuleVersion version, String key, String title, int position, String html) {
        this.version = version;
        this.key = key;
        this.title = title;
        this.position = position;
        this.html = html;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public String getHtml() {
        return html;
    }
}
