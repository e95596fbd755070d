package io.jiuye.core.internal.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The one persistence unit, described in code from the entity classes of the core and of the modules present:
 * resource-local, on the node's data source, only the listed classes, no shared cache, no weaving.
 */
final class UnitInfo implements PersistenceUnitInfo {
    static final String UNIT = "jiuye";

    private final List<String> classes;
    private final ClassLoader loader;
    private final DataSource dataSource;
    private final Properties properties;

    UnitInfo(List<String> classes, ClassLoader loader, DataSource dataSource, Properties properties) {
        this.classes = List.copyOf(classes);
        this.loader = loader;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public String getPersistenceUnitName() {
        return UNIT;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /**
     * EclipseLink opens the root to look for {@code META-INF/orm.xml} even when unlisted classes are excluded, and
     * cannot open bundle URLs: an empty folder of its own serves.
     */
    @Override
    public URL getPersistenceUnitRootUrl() {
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "jiuye-persistence-root");
            Files.createDirectories(root);
            return root.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> getManagedClassNames() {
        return classes;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return loader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // weaving is off: nothing transforms entity classes
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return loader;
    }
}
