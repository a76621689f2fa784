"""The base classes for SAX event handlers (CPython's `xml.sax.handler`): ContentHandler,
ErrorHandler, DTDHandler, EntityResolver, LexicalHandler, and the feature and property
names."""

version = '2.0beta'


class ErrorHandler:
    """Basic interface for SAX error handlers: errors and fatal errors raise the
    exception, warnings are printed."""

    def error(self, exception):
        "Handle a recoverable error."
        raise exception

    def fatalError(self, exception):
        "Handle a non-recoverable error."
        raise exception

    def warning(self, exception):
        "Handle a warning."
        print(exception)


class ContentHandler:
    """Interface for receiving logical document content events: override the methods for
    the events of interest (each does nothing here)."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        """Called by the parser to give the application a locator for locating the origin
        of document events."""
        self._locator = locator

    def startDocument(self):
        """Receive notification of the beginning of a document."""

    def endDocument(self):
        """Receive notification of the end of a document."""

    def startPrefixMapping(self, prefix, uri):
        """Begin the scope of a prefix-URI Namespace mapping."""

    def endPrefixMapping(self, prefix):
        """End the scope of a prefix-URI mapping."""

    def startElement(self, name, attrs):
        """Signals the start of an element in non-namespace mode."""

    def endElement(self, name):
        """Signals the end of an element in non-namespace mode."""

    def startElementNS(self, name, qname, attrs):
        """Signals the start of an element in namespace mode."""

    def endElementNS(self, name, qname):
        """Signals the end of an element in namespace mode."""

    def characters(self, content):
        """Receive notification of character data."""

    def ignorableWhitespace(self, whitespace):
        """Receive notification of ignorable whitespace in element content."""

    def processingInstruction(self, target, data):
        """Receive notification of a processing instruction."""

    def skippedEntity(self, name):
        """Receive notification of a skipped entity."""


class DTDHandler:
    """Handle DTD events (notation and unparsed entity declarations)."""

    def notationDecl(self, name, publicId, systemId):
        "Handle a notation declaration event."

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        "Handle an unparsed entity declaration event."


class EntityResolver:
    """Basic interface for resolving entities: the default returns the system id."""

    def resolveEntity(self, publicId, systemId):
        """Resolve the system identifier of an entity and return either the system
        identifier to read from as a string, or an InputSource to read from."""
        return systemId


feature_namespaces = "http://xml.org/sax/features/namespaces"
feature_namespace_prefixes = "http://xml.org/sax/features/namespace-prefixes"
feature_string_interning = "http://xml.org/sax/features/string-interning"
feature_validation = "http://xml.org/sax/features/validation"
feature_external_ges = "http://xml.org/sax/features/external-general-entities"
feature_external_pes = "http://xml.org/sax/features/external-parameter-entities"
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

property_lexical_handler = "http://xml.org/sax/properties/lexical-handler"
property_declaration_handler = "http://xml.org/sax/properties/declaration-handler"
property_dom_node = "http://xml.org/sax/properties/dom-node"
property_xml_string = "http://xml.org/sax/properties/xml-string"
property_encoding = "http://www.python.org/sax/properties/encoding"
property_interning_dict = "http://www.python.org/sax/properties/interning-dict"
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]


class LexicalHandler:
    """Optional SAX2 handler for lexical events (comments, DTD and CDATA bounds)."""

    def comment(self, content):
        """Reports a comment anywhere in the document."""

    def startDTD(self, name, public_id, system_id):
        """Report the start of the DTD declarations."""

    def endDTD(self):
        """Signals the end of DTD declarations."""

    def startCDATA(self):
        """Reports the beginning of a CDATA marked section."""

    def endCDATA(self):
        """Reports the end of a CDATA marked section."""
