extension Lowering {
    /// Marks paginated operations. Without a `pagination` entry in `sdkgen.yaml`, cursor pages as
    /// Kalshi's are: a `cursor` query parameter (a string, not required) and a JSON success body
    /// that is an object with a `cursor` string property. An entry names the style (cursor,
    /// offset, page, link) and the parameter and properties when they differ from the defaults;
    /// one that does not fit the operation is a warning at its line, and the operation gets no
    /// pages. Each paginated operation gets a second method, its name plus `Pages`, unless its
    /// group already has one of that name.
    func findPagination(_ tags: [IRTag]) -> [IRTag] {
        let objects = objectProperties
        return tags.map { tag in
            var tag = tag
            let taken = Set(tag.operations.map { SwiftName.bare($0.swiftName) })
            for index in tag.operations.indices {
                let operation = tag.operations[index]
                let name = SwiftName.bare(operation.swiftName) + "Pages"
                guard !taken.contains(name) else { continue }
                if let setting = configuration.pagination[operation.operationID] {
                    switch configuredPagination(operation, setting, methodName: name, objects: objects) {
                    case .success(let pagination): tag.operations[index].pagination = pagination
                    case .failure(let problem):
                        diagnostics.warning("'pagination.\(operation.operationID)': \(problem.message); '\(operation.operationID)' gets no \(name)", at: configuration.locations[.pagination(operation.operationID)])
                    }
                } else if let pagination = detectedCursorPagination(operation, methodName: name, objects: objects) {
                    tag.operations[index].pagination = pagination
                }
            }
            return tag
        }
    }

    /// Each object model's properties, by the model's name.
    var objectProperties: [String: [IRProperty]] {
        Dictionary(models.compactMap { model -> (String, [IRProperty])? in
            if case .object(let properties) = model.kind { return (model.name, properties) }
            return nil
        }, uniquingKeysWith: { first, _ in first })
    }

    /// A page's items by default: its one array property and the element type, when it has
    /// exactly one.
    static func onlyArray(_ properties: [IRProperty]) -> (IRProperty, TypeRef)? {
        let arrays = properties.compactMap { property -> (IRProperty, TypeRef)? in
            if case .array(let element) = property.type { return (property, element) }
            return nil
        }
        return arrays.count == 1 ? arrays[0] : nil
    }

    struct PaginationProblem: Error {
        var message: String
    }

    /// The page's property that holds the next cursor, by preference.
    static let cursorNames = ["cursor", "next_cursor", "nextCursor"]

    func detectedCursorPagination(_ operation: IROperation, methodName: String, objects: [String: [IRProperty]]) -> IRPagination? {
        guard let cursorIndex = operation.parameters.firstIndex(where: { $0.location == .query && $0.name == "cursor" && !$0.required && $0.type == .builtin(.string) }),
              case .body(let pageType) = operation.result, case .named(let pageName) = pageType,
              let properties = objects[pageName],
              let cursor = Self.cursorNames.lazy.compactMap({ name in properties.first { $0.name == name && $0.type == .builtin(.string) } }).first
        else { return nil }
        var pagination = IRPagination(methodName: SwiftName.escapeMember(methodName), style: .cursor, parameter: cursorIndex, pageType: pageType,
                                      cursorProperty: cursor.swiftName, cursorOptional: cursor.optional, itemsProperty: nil, itemsOptional: false, itemType: nil)
        if let (property, element) = Self.onlyArray(properties) {
            (pagination.itemsProperty, pagination.itemsOptional, pagination.itemType) = (property.swiftName, property.optional, element)
        }
        return pagination
    }

    /// The pagination an `sdkgen.yaml` entry describes, checked against the operation.
    func configuredPagination(_ operation: IROperation, _ setting: SDKGenConfiguration.PaginationSetting, methodName: String, objects: [String: [IRProperty]]) -> Result<IRPagination, PaginationProblem> {
        let style: IRPagination.Style
        switch setting.style {
        case .cursor: style = .cursor
        case .offset: style = .offset
        case .page: style = .page
        case .link: style = .link
        }
        let body: TypeRef
        var headers: String?
        switch operation.result {
        case .body(let type): body = type
        case .bodyAndHeaders(let type, let model) where style == .link:
            body = type
            headers = model.name
        default: return .failure(PaginationProblem(message: "the operation returns no JSON body to page through"))
        }
        func queryParameter(_ name: String, integer: Bool) -> Result<Int, PaginationProblem> {
            guard let index = operation.parameters.firstIndex(where: { $0.location == .query && $0.name == name }) else {
                let names = operation.parameters.filter { $0.location == .query }.map(\.name)
                return .failure(PaginationProblem(message: "the operation has no query parameter '\(name)'" + (didYouMean(name, among: names).map { "; did you mean '\($0)'?" } ?? " (name the one it has with 'parameter:')")))
            }
            let type = operation.parameters[index].type
            if integer, ![.builtin(.int), .builtin(.int32), .builtin(.int64)].contains(type) {
                return .failure(PaginationProblem(message: "the query parameter '\(name)' is a \(type.swift), not an integer"))
            }
            if !integer, type != .builtin(.string) {
                return .failure(PaginationProblem(message: "the query parameter '\(name)' is a \(type.swift), not a string"))
            }
            if operation.parameters[index].required {
                return .failure(PaginationProblem(message: "the query parameter '\(name)' is required, so the first page cannot be asked for without it"))
            }
            return .success(index)
        }
        var pagination = IRPagination(methodName: SwiftName.escapeMember(methodName), style: style, parameter: nil, pageType: body, headersType: headers,
                                      cursorProperty: nil, cursorOptional: false, itemsProperty: nil, itemsOptional: false, itemType: nil)
        let properties = body.modelName.flatMap { objects[$0] } ?? []
        // Items: the named property, the body when it is an array, or the body's one array property.
        if let items = setting.items {
            guard let property = properties.first(where: { $0.name == items }), case .array(let element) = property.type else {
                return .failure(PaginationProblem(message: "the response has no array property '\(items)'"))
            }
            (pagination.itemsProperty, pagination.itemsOptional, pagination.itemType) = (property.swiftName, property.optional, element)
        } else if case .array(let element) = body {
            pagination.itemType = element
        } else if let (property, element) = Self.onlyArray(properties) {
            (pagination.itemsProperty, pagination.itemsOptional, pagination.itemType) = (property.swiftName, property.optional, element)
        }
        switch style {
        case .cursor:
            let parameter = setting.parameter ?? "cursor"
            switch queryParameter(parameter, integer: false) {
            case .success(let index): pagination.parameter = index
            case .failure(let problem): return .failure(problem)
            }
            let next = setting.next ?? parameter
            guard let cursor = properties.first(where: { $0.name == next }), cursor.type == .builtin(.string) else {
                return .failure(PaginationProblem(message: "the response has no string property '\(next)' with the next cursor"))
            }
            pagination.cursorProperty = cursor.swiftName
            pagination.cursorOptional = cursor.optional
        case .offset, .page:
            guard pagination.itemType != nil else {
                return .failure(PaginationProblem(message: "the response's items are not found; name their array property with 'items:'"))
            }
            switch queryParameter(setting.parameter ?? (style == .offset ? "offset" : "page"), integer: true) {
            case .success(let index): pagination.parameter = index
            case .failure(let problem): return .failure(problem)
            }
            if let limit = setting.limit ?? (style == .offset && operation.parameters.contains { $0.location == .query && $0.name == "limit" } ? "limit" : nil) {
                switch queryParameter(limit, integer: true) {
                case .success(let index): pagination.limitParameter = index
                case .failure(let problem): return .failure(problem)
                }
            }
        case .link:
            break
        }
        return .success(pagination)
    }
}
