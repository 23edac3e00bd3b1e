import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

/** Something that makes one DataLoader; one instance per domain loader file, injected where used. */
export interface LoaderFactory<T> {
  create(): T;
}

/** The DataLoaders of one request, made on first use so a request pays only for what it touches. */
export class RequestLoaders {
  private readonly made = new Map<LoaderFactory<unknown>, unknown>();

  get<T>(factory: LoaderFactory<T>): T {
    let loader = this.made.get(factory) as T | undefined;
    if (loader === undefined) {
      loader = factory.create();
      this.made.set(factory, loader);
    }
    return loader;
  }
}

/** The request's `RequestLoaders`, from the GraphQL context. */
export const Loaders = createParamDecorator((_data: unknown, context: ExecutionContext): RequestLoaders => {
  return GqlExecutionContext.create(context).getContext<{ loaders: RequestLoaders }>().loaders;
});
