extension Lowering {
    /// Keeps an operation's streaming forms (`createChatCompletionStream`, `downloadFileBody`) only
    /// where its group has no other method of that name (an operation or a page sequence);
    /// otherwise warns where the operation is, since that form is then missing from the SDK.
    func nameStreams(_ tags: [IRTag]) -> [IRTag] {
        tags.map { tag in
            var tag = tag
            let taken = Set(tag.operations.flatMap { operation in
                [SwiftName.bare(operation.swiftName)] + (operation.pagination.map { [SwiftName.bare($0.methodName)] } ?? [])
            })
            for index in tag.operations.indices {
                let operation = tag.operations[index]
                tag.operations[index].streams = operation.streams.filter { stream in
                    guard taken.contains(SwiftName.bare(stream.methodName)) else { return true }
                    diagnostics.warning("the \(stream.content.contentType) response of '\(operation.operationID)' gets no '\(SwiftName.bare(stream.methodName))' method: \(tag.typeName) has a method of that name; rename one with 'naming: operations:' in sdkgen.yaml", at: operation.origin.location, pointer: operation.origin.pointer)
                    return false
                }
            }
            return tag
        }
    }
}
