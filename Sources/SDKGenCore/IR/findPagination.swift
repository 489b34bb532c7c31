extension Lowering {
    /// Marks cursor-paginated operations, as Kalshi's are: a `cursor` query parameter (a string,
    /// not required) and a JSON success body that is an object with a `cursor` string property.
    /// The page's items are its one array property, when it has exactly one. Each such operation
    /// gets a second method, its name plus `Pages`, unless its group already has one of that name.
    func findPagination(_ tags: [IRTag]) -> [IRTag] {
        let objects = Dictionary(models.compactMap { model -> (String, [IRProperty])? in
            if case .object(let properties) = model.kind { return (model.name, properties) }
            return nil
        }, uniquingKeysWith: { first, _ in first })
        return tags.map { tag in
            var tag = tag
            let taken = Set(tag.operations.map { SwiftName.bare($0.swiftName) })
            for index in tag.operations.indices {
                let operation = tag.operations[index]
                guard let cursorIndex = operation.parameters.firstIndex(where: { $0.location == .query && $0.name == "cursor" && !$0.required && $0.type == .builtin(.string) }),
                      case .body(let pageType) = operation.result, case .named(let pageName) = pageType,
                      let properties = objects[pageName],
                      let cursor = properties.first(where: { $0.name == "cursor" && $0.type == .builtin(.string) }) else { continue }
                let name = SwiftName.bare(operation.swiftName) + "Pages"
                guard !taken.contains(name) else { continue }
                let arrays = properties.filter { if case .array = $0.type { return true } else { return false } }
                var itemType: TypeRef?
                if arrays.count == 1, case .array(let element) = arrays[0].type { itemType = element }
                tag.operations[index].pagination = IRPagination(
                    methodName: SwiftName.escapeMember(name), cursorParameter: cursorIndex, pageType: pageType,
                    cursorProperty: cursor.swiftName, cursorOptional: cursor.optional,
                    itemsProperty: itemType == nil ? nil : arrays[0].swiftName, itemsOptional: arrays.first?.optional ?? false, itemType: itemType)
            }
            return tag
        }
    }
}
