package io.jiuye.rest.internal;

import io.jiuye.rest.resource.RestResource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The REST resources the bundle under test declares, found as DS would find them: the component descriptions bnd
 * wrote to {@code target/classes/OSGI-INF/} whose service is {@link RestResource}. Tests build them with fake
 * services, matching each constructor parameter by type, so no list of resources exists anywhere. In the test jar,
 * so a module bundle finds its own resources the same way.
 */
public final class ResourceComponents {
    private ResourceComponents() {
    }

    /** The implementation classes of the bundle's resource components, sorted by name. */
    public static List<Class<?>> classes() {
        Path dir = Path.of("target", "classes", "OSGI-INF");
        List<Class<?>> classes = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(false);
                    Document xml = factory.newDocumentBuilder().parse(in);
                    NodeList provides = xml.getElementsByTagName("provide");
                    for (int i = 0; i < provides.getLength(); i++) {
                        String service = ((Element) provides.item(i)).getAttribute("interface");
                        if (RestResource.class.getName().equals(service)) {
                            Element impl = (Element) xml.getElementsByTagName("implementation").item(0);
                            classes.add(Class.forName(impl.getAttribute("class")));
                        }
                    }
                }
            }
        } catch (IOException | ReflectiveOperationException | javax.xml.parsers.ParserConfigurationException
                | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the component descriptions in " + dir.toAbsolutePath(), e);
        }
        classes.sort((a, b) -> a.getName().compareTo(b.getName()));
        if (classes.isEmpty()) {
            throw new IllegalStateException("no RestResource components in " + dir.toAbsolutePath());
        }
        return classes;
    }

    /** Every resource component of the bundle, constructed with the fake service of each parameter's type. */
    static List<RestResource> create(ApiServices services) {
        return create(type -> service(services, type));
    }

    /**
     * Every resource component of the bundle, constructed with what {@code services} gives for each constructor
     * parameter's type (a module's test hands in its fakes).
     */
    public static List<RestResource> create(Function<Class<?>, Object> services) {
        List<RestResource> resources = new ArrayList<>();
        for (Class<?> c : classes()) {
            Constructor<?> constructor = c.getConstructors()[0];
            Object[] args = new Object[constructor.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = services.apply(constructor.getParameterTypes()[i]);
                if (args[i] == null) {
                    throw new IllegalStateException("no fake for " + constructor.getParameterTypes()[i].getName());
                }
            }
            try {
                resources.add((RestResource) constructor.newInstance(args));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + c, e);
            }
        }
        return resources;
    }

    private static Object service(ApiServices services, Class<?> type) {
        for (RecordComponent rc : ApiServices.class.getRecordComponents()) {
            if (rc.getType() == type) {
                try {
                    return rc.getAccessor().invoke(services);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no fake for " + type.getName());
    }
}
