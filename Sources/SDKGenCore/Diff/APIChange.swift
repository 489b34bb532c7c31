/// One difference between two versions of a spec, as a user of the generated Swift SDK sees it.
public struct APIChange: Sendable, Hashable {
    public var kind: Kind
    /// The Swift symbol the change is about, as the SDK spells it: `orders.createOrder`,
    /// `orders.createOrder(count:)`, `Order`, `Order.price`, `OrderStatus.resting`, `Servers.demo`.
    public var symbol: String
    /// What changed, after the symbol: `removed (use priceDollars)`, `type changed: Int -> String`.
    public var message: String
    public var old: SourceLocation?
    public var new: SourceLocation?
    /// Why the team accepts it, when an allow-list entry matches it (`--accept`, `diff.accept`).
    public var acceptedBecause: String? = nil

    public var impact: Impact { kind.impact }
    /// `Order.price removed (use priceDollars)`.
    public var line: String { "\(symbol) \(message)" }
    /// The NEW spec's place for it, else the OLD one's.
    public var location: SourceLocation? { new ?? old }

    /// What a change means for the SDK's users, and so for its version.
    public enum Impact: String, Sendable, CaseIterable, Comparable {
        /// Code that compiled against the old SDK may not compile, or old calls fail on the wire.
        case breaking
        /// New API: code that compiled still does.
        case added
        /// The same API behaves differently (a default, a server, a status), or is deprecated.
        case changed
        /// Documentation only.
        case docs

        public static func < (a: Impact, b: Impact) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        /// The part of the version number it needs bumped.
        public var verdict: SemverVerdict {
            switch self {
            case .breaking: return .major
            case .added, .changed: return .minor
            case .docs: return .patch
            }
        }
    }

    /// Each kind of change, with a stable id (its raw value) that allow-lists and CI tools use.
    /// The README lists them all; an id never changes meaning once released.
    public enum Kind: String, Sendable, CaseIterable {
        case operationRemoved = "operation-removed"
        case operationAdded = "operation-added"
        case operationRenamed = "operation-renamed"
        case operationSwiftNameChanged = "operation-swift-name-changed"
        case operationMoved = "operation-moved"
        case operationGroupChanged = "operation-group-changed"
        case operationDeprecated = "operation-deprecated"
        case operationUndeprecated = "operation-undeprecated"
        case operationDocsChanged = "operation-docs-changed"
        case parameterRemoved = "parameter-removed"
        case parameterAddedRequired = "parameter-added-required"
        case parameterAddedOptional = "parameter-added-optional"
        case parameterTypeChanged = "parameter-type-changed"
        case parameterMadeRequired = "parameter-made-required"
        case parameterMadeOptional = "parameter-made-optional"
        case parameterRenamed = "parameter-renamed"
        case parametersReordered = "parameters-reordered"
        case parameterDefaultChanged = "parameter-default-changed"
        case parameterDocsChanged = "parameter-docs-changed"
        case requestBodyAddedRequired = "request-body-added-required"
        case requestBodyAddedOptional = "request-body-added-optional"
        case requestBodyRemoved = "request-body-removed"
        case requestBodyTypeChanged = "request-body-type-changed"
        case requestBodyMadeRequired = "request-body-made-required"
        case requestBodyMadeOptional = "request-body-made-optional"
        case requestContentTypeChanged = "request-content-type-changed"
        case requestContentTypeAdded = "request-content-type-added"
        case requestContentTypeRemoved = "request-content-type-removed"
        case returnTypeChanged = "return-type-changed"
        case responseStatusAdded = "response-status-added"
        case responseStatusRemoved = "response-status-removed"
        case responseContentTypeAdded = "response-content-type-added"
        case responseContentTypeRemoved = "response-content-type-removed"
        case responseCaseAdded = "response-case-added"
        case responseCaseRemoved = "response-case-removed"
        case responseCaseTypeChanged = "response-case-type-changed"
        case responseHeaderAdded = "response-header-added"
        case responseHeaderRemoved = "response-header-removed"
        case responseHeaderTypeChanged = "response-header-type-changed"
        case securityRequired = "security-required"
        case securityNarrowed = "security-narrowed"
        case securityWidened = "security-widened"
        case securityDropped = "security-dropped"
        case serverAdded = "server-added"
        case serverRemoved = "server-removed"
        case serverURLChanged = "server-url-changed"
        case defaultServerChanged = "default-server-changed"
        case modelRemoved = "model-removed"
        case modelAdded = "model-added"
        case modelRenamed = "model-renamed"
        case modelSwiftNameChanged = "model-swift-name-changed"
        case modelKindChanged = "model-kind-changed"
        case modelDeprecated = "model-deprecated"
        case modelDocsChanged = "model-docs-changed"
        case typealiasChanged = "typealias-changed"
        case enumCaseRemoved = "enum-case-removed"
        case enumCaseAdded = "enum-case-added"
        case enumCaseRenamed = "enum-case-renamed"
        case oneOfCaseRemoved = "one-of-case-removed"
        case oneOfCaseAdded = "one-of-case-added"
        case oneOfCaseRenamed = "one-of-case-renamed"
        case discriminatorAdded = "discriminator-added"
        case discriminatorRemoved = "discriminator-removed"
        case discriminatorChanged = "discriminator-changed"
        case discriminatorValueChanged = "discriminator-value-changed"
        case propertyRemoved = "property-removed"
        case propertyAddedRequired = "property-added-required"
        case propertyAddedOptional = "property-added-optional"
        case propertyTypeChanged = "property-type-changed"
        case propertyOptionalityChanged = "property-optionality-changed"
        case propertyPresenceChanged = "property-presence-changed"
        case propertyRenamed = "property-renamed"
        case propertyDefaultChanged = "property-default-changed"
        case propertyDeprecated = "property-deprecated"
        case propertyDocsChanged = "property-docs-changed"

        public var id: String { rawValue }

        public var impact: Impact {
            switch self {
            case .operationRemoved, .operationRenamed, .operationSwiftNameChanged, .operationMoved, .operationGroupChanged,
                 .parameterRemoved, .parameterAddedRequired, .parameterTypeChanged, .parameterMadeRequired, .parameterRenamed, .parametersReordered,
                 .requestBodyAddedRequired, .requestBodyRemoved, .requestBodyTypeChanged, .requestBodyMadeRequired, .requestContentTypeChanged, .requestContentTypeRemoved,
                 .returnTypeChanged, .responseContentTypeRemoved, .responseCaseAdded, .responseCaseRemoved, .responseCaseTypeChanged,
                 .responseHeaderRemoved, .responseHeaderTypeChanged,
                 .securityRequired, .securityNarrowed, .serverRemoved,
                 .modelRemoved, .modelRenamed, .modelSwiftNameChanged, .modelKindChanged, .typealiasChanged,
                 .enumCaseRemoved, .enumCaseRenamed, .oneOfCaseRemoved, .oneOfCaseRenamed,
                 .discriminatorAdded, .discriminatorChanged, .discriminatorValueChanged,
                 .propertyRemoved, .propertyAddedRequired, .propertyTypeChanged, .propertyOptionalityChanged, .propertyRenamed:
                return .breaking
            case .operationAdded, .parameterAddedOptional, .requestBodyAddedOptional, .requestContentTypeAdded, .responseContentTypeAdded,
                 .responseHeaderAdded, .serverAdded, .modelAdded, .enumCaseAdded, .oneOfCaseAdded, .propertyAddedOptional:
                return .added
            case .operationDeprecated, .operationUndeprecated, .parameterMadeOptional, .parameterDefaultChanged, .requestBodyMadeOptional,
                 .responseStatusAdded, .responseStatusRemoved, .securityWidened, .securityDropped, .serverURLChanged, .defaultServerChanged,
                 .modelDeprecated, .discriminatorRemoved, .propertyPresenceChanged, .propertyDefaultChanged, .propertyDeprecated:
                return .changed
            case .operationDocsChanged, .parameterDocsChanged, .modelDocsChanged, .propertyDocsChanged:
                return .docs
            }
        }

        /// One sentence on what the kind is and why it has its impact (README, SARIF rules).
        public var summary: String {
            switch self {
            case .operationRemoved: return "An operation is gone: its method no longer exists."
            case .operationAdded: return "A new operation, and a new method."
            case .operationRenamed: return "The operationId changed on the same method and path: the Swift method is renamed."
            case .operationSwiftNameChanged: return "The same operationId has another Swift method name (a naming override or a name clash resolved differently)."
            case .operationMoved: return "The HTTP method or path changed: calls built by the old SDK go to the wrong place."
            case .operationGroupChanged: return "The operation moved to another tag: its `client.<group>` accessor changes."
            case .operationDeprecated: return "The operation is now deprecated: calls compile with a warning."
            case .operationUndeprecated: return "The operation is no longer deprecated."
            case .operationDocsChanged: return "The operation's summary or description changed."
            case .parameterRemoved: return "A parameter is gone: call sites that pass it no longer compile."
            case .parameterAddedRequired: return "A new required parameter: every call site must pass it."
            case .parameterAddedOptional: return "A new optional parameter (defaults to nil)."
            case .parameterTypeChanged: return "A parameter's Swift type changed."
            case .parameterMadeRequired: return "A parameter became required: call sites that leave it out no longer compile."
            case .parameterMadeOptional: return "A parameter became optional: existing calls still compile."
            case .parameterRenamed: return "A parameter keeps its wire name but its Swift label changed."
            case .parametersReordered: return "The method's labels come in another order: every call site passing them must be reordered."
            case .parameterDefaultChanged: return "The value the server assumes for a left-out parameter changed."
            case .parameterDocsChanged: return "A parameter's description changed."
            case .requestBodyAddedRequired: return "The operation now takes a required body."
            case .requestBodyAddedOptional: return "The operation now takes an optional body."
            case .requestBodyRemoved: return "The operation no longer takes a body."
            case .requestBodyTypeChanged: return "The request body's Swift type changed."
            case .requestBodyMadeRequired: return "The request body became required."
            case .requestBodyMadeOptional: return "The request body became optional."
            case .requestContentTypeChanged: return "The SDK sends the body with another media type."
            case .requestContentTypeAdded: return "The operation accepts one more request media type."
            case .requestContentTypeRemoved: return "The operation no longer accepts a request media type."
            case .returnTypeChanged: return "The method returns another Swift type."
            case .responseStatusAdded: return "A response status is newly documented: the method may return or throw for it."
            case .responseStatusRemoved: return "A response status is no longer documented."
            case .responseContentTypeAdded: return "A response offers one more media type."
            case .responseContentTypeRemoved: return "A response no longer offers a media type."
            case .responseCaseAdded: return "The responses enum a method returns has a new case: exhaustive switches over it no longer compile."
            case .responseCaseRemoved: return "The responses enum a method returns lost a case."
            case .responseCaseTypeChanged: return "A case of the responses enum carries another type."
            case .responseHeaderAdded: return "A response header is newly documented: the headers struct has a new property."
            case .responseHeaderRemoved: return "A response header is no longer documented: its property is gone."
            case .responseHeaderTypeChanged: return "A response header's Swift type changed."
            case .securityRequired: return "An operation that needed no credentials now needs them."
            case .securityNarrowed: return "A way of authenticating that worked for an operation no longer does."
            case .securityWidened: return "An operation accepts more ways of authenticating."
            case .securityDropped: return "An operation no longer needs credentials."
            case .serverAdded: return "A new server: a new `Servers` URL."
            case .serverRemoved: return "A server is gone: its `Servers` URL no longer exists."
            case .serverURLChanged: return "A server's URL changed under the same name."
            case .defaultServerChanged: return "The client's default server URL changed."
            case .modelRemoved: return "A type is gone."
            case .modelAdded: return "A new type."
            case .modelRenamed: return "A type was removed and one of the same shape added: a rename."
            case .modelSwiftNameChanged: return "The same schema has another Swift type name (a naming override or a name clash resolved differently)."
            case .modelKindChanged: return "A type changed kind (struct, enum, one-of enum, typealias)."
            case .modelDeprecated: return "A type is now deprecated."
            case .modelDocsChanged: return "A type's description changed."
            case .typealiasChanged: return "A typealias stands for another type."
            case .enumCaseRemoved: return "An enum value is gone: code naming its case no longer compiles."
            case .enumCaseAdded: return "A new enum value. Generated enums are open (`unknown`), so code that switches with a `default` still compiles."
            case .enumCaseRenamed: return "An enum value keeps its wire value but its Swift case name changed."
            case .oneOfCaseRemoved: return "A one-of enum lost a case."
            case .oneOfCaseAdded: return "A one-of enum has a new case."
            case .oneOfCaseRenamed: return "A one-of case keeps its type but its Swift case name changed."
            case .discriminatorAdded: return "A one-of enum now decodes by a discriminator property: payloads without it no longer decode."
            case .discriminatorRemoved: return "A one-of enum no longer has a discriminator: each case is tried in turn."
            case .discriminatorChanged: return "The discriminator property of a one-of enum changed."
            case .discriminatorValueChanged: return "The discriminator values that select a case changed."
            case .propertyRemoved: return "A property is gone: code that reads or sets it no longer compiles."
            case .propertyAddedRequired: return "A new required property without a default: the memberwise initializer needs it, and old payloads no longer decode."
            case .propertyAddedOptional: return "A new property callers need not set: optional, or with a default."
            case .propertyTypeChanged: return "A property's Swift type changed."
            case .propertyOptionalityChanged: return "A property's Swift type gained or lost its `?`."
            case .propertyPresenceChanged: return "A property became required, optional, nullable or not, and its Swift type stays the same."
            case .propertyRenamed: return "A property keeps its wire name but its Swift name changed."
            case .propertyDefaultChanged: return "A property's default value changed."
            case .propertyDeprecated: return "A property is now deprecated."
            case .propertyDocsChanged: return "A property's description changed."
            }
        }
    }
}

/// The part of the SDK's version that the changes need bumped.
public enum SemverVerdict: String, Sendable, Comparable, CaseIterable {
    case none, patch, minor, major

    public static func < (a: SemverVerdict, b: SemverVerdict) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Every change counts, accepted or not: accepting a breaking change ships it, and the version
    /// still has to tell users.
    public init(_ changes: [APIChange]) {
        self = changes.map(\.impact.verdict).max() ?? .none
    }
}
