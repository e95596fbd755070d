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
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The REST resources this bundle declares, found as DS would find them: the component descriptions bnd wrote to
 * {@code OSGI-INF/} whose service is {@link RestResource}. Tests build them with fake services, matching each
 * constructor parameter by type, so no list of resources exists anywhere.
 */
final class ResourceComponents {
    private ResourceComponents() {
    }

    /** The implementation classes of the bundle's resource components, sorted by name. */
    static List<Class<?>> classes() {
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
        List<RestResource> resources = new ArrayList<>();
        for (Class<?> c : classes()) {
            Constructor<?> constructor = c.getConstructors()[0];
            Object[] args = new Object[constructor.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = service(services, constructor.getParameterTypes()[i]);
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
