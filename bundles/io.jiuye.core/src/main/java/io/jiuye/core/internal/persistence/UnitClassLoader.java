package io.jiuye.core.internal.persistence;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of the persistence unit: the core's loader first (EclipseLink, the core's entities), then each
 * module's, for classes and for resources (EclipseLink reads entity bytecode as resources).
 */
final class UnitClassLoader extends ClassLoader {
    private final List<ClassLoader> modules;

    UnitClassLoader(ClassLoader core, List<ClassLoader> modules) {
        super(core);
        this.modules = List.copyOf(modules);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader m : modules) {
            try {
                return m.loadClass(name);
            } catch (ClassNotFoundException next) {
                // try the next module
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader m : modules) {
            URL url = m.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> all = new ArrayList<>();
        for (ClassLoader m : modules) {
            all.addAll(Collections.list(m.getResources(name)));
        }
        return Collections.enumeration(all);
    }
}
