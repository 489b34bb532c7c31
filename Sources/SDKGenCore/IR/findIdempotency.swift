extension Lowering {
    /// Marks the operations whose JSON request body carries one of `idempotency.fields` as a string
    /// property: the body's own, or that of each element of an array property (a batch of orders).
    /// Such a request is the same request when it is sent again, so the client may retry it; an
    /// optional key is filled with a UUID when the caller leaves it out. A body the operation
    /// takes as optional, and the operations of `idempotency.except`, are left alone.
    func findIdempotency(_ tags: [IRTag]) -> [IRTag] {
        let fields = configuration.idempotency.fields
        guard !fields.isEmpty else { return tags }
        let objects = objectProperties
        /// The key among `properties`, if one is there as a string.
        func key(in properties: [IRProperty]) -> IRProperty? {
            for field in fields {
                if let property = properties.first(where: { $0.name == field && $0.type == .string }) {
                    settingsUsed.insert(.idempotencyField(field))
                    return property
                }
            }
            return nil
        }
        return tags.map { tag in
            var tag = tag
            for index in tag.operations.indices {
                let operation = tag.operations[index]
                guard let body = operation.body, body.required, body.content.coding == .json,
                      case .named(let name) = body.content.type, let properties = objects[name],
                      !configuration.idempotency.except.contains(operation.operationID) else { continue }
                var keys: [String] = []
                var fills: [IRIdempotencyFill] = []
                if let own = key(in: properties) {
                    keys.append(SwiftName.bare(own.swiftName))
                    if own.optional { fills.append(IRIdempotencyFill(property: own.swiftName)) }
                }
                for array in properties {
                    guard case .array(.named(let element)) = array.type, let inner = objects[element].flatMap(key) else { continue }
                    keys.append(SwiftName.bare(array.swiftName) + "[]." + SwiftName.bare(inner.swiftName))
                    if inner.optional { fills.append(IRIdempotencyFill(property: inner.swiftName, array: array.swiftName, arrayOptional: array.optional)) }
                }
                if !keys.isEmpty { tag.operations[index].idempotency = IRIdempotency(keys: keys, fills: fills) }
            }
            return tag
        }
    }
}
